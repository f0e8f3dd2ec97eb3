"""Latency benchmark: `judge` commands against the container floor, measured in the same run.

The floor is the cheapest thing any container judge can do: `docker run --rm
IMAGE python3 -c pass`.  Each measured command alternates with a floor run,
so both see the same machine load; the table reports medians and ratios to
the floor median.  A PyTorch problem's submits are measured against their own
floor, `docker run --rm TORCH_IMAGE python3 -c "import torch"` of the pytorch
runtime's image (targets: 1.5x warm, 2.5x cold).  Timings are printed and written to bench/results.md; they
are never asserted (the machines are shared and noisy).

Usage: python bench/latency.py [--runs 7] [--out bench/results.md]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from judge.sandbox.policy import WARM_UNTIL_LABEL  # noqa: E402  (the repo, whether installed or not)
ACCEPTED = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"
NUMPY_ACCEPTED = REPO / "problems" / "vectorized-numpy" / "pairwise-sq-dists" / "submissions" / "accepted" / "expansion_trick.py"
TORCH_SLUG = "scaled-dot-product-attention"
TORCH_ACCEPTED = REPO / "problems" / "ml-pytorch" / TORCH_SLUG / "submissions" / "accepted" / "masked_softmax.py"


def judge_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "judge", *args]


def timed(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.strip()}")
    return elapsed


def settle(timeout_s: float = 30.0) -> None:
    """Wait until no warm-container replenisher runs and one warm container waits, as it does while a
    user reads a verdict: the background start must not be billed to the next timed command."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        replenishing = subprocess.run(["pgrep", "-f", "judge.sandbox.warm"], capture_output=True).returncode == 0
        waiting = subprocess.run(["docker", "ps", "-q", "--filter", f"label={WARM_UNTIL_LABEL}"],
                                 capture_output=True, text=True).stdout.strip()
        if not replenishing and waiting:
            return
        time.sleep(0.1)


def submit_flags() -> set[str]:
    help_text = subprocess.run(judge_cmd("submit", "--help"), capture_output=True, text=True).stdout
    return {flag for flag in ("--no-complexity",) if flag in help_text}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    docker = subprocess.run(["docker", "version", "--format", "{{.Server.Version}}"], capture_output=True,
                            text=True).stdout.strip()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), {mem_kb / 2**20:.0f} GiB RAM, Linux {platform.release()}, "
            f"Python {platform.python_version()} on the host, Docker engine {docker}; "
            f"load average {load} when the run ended (the ratios, not the seconds, are comparable across runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results.md")
    args = parser.parse_args()

    image = subprocess.run(judge_cmd("sandbox", "check", "--json"), capture_output=True, text=True)
    import json

    status = json.loads(image.stdout)
    if not status.get("ok"):
        raise SystemExit(f"sandbox not ready: {status.get('error')}; run `make image`")
    floors = {"python": ["docker", "run", "--rm", status["image"], "python3", "-c", "pass"]}
    torch_image = next((r["image"] for r in status.get("runtimes", []) if r["runtime"] == "pytorch"), None)
    if torch_image and TORCH_ACCEPTED.exists():
        floors["pytorch"] = ["docker", "run", "--rm", torch_image, "python3", "-c", "import torch"]

    # Two data dirs: one with an open session (warm containers, `judge status` with work to do), one without.
    cold_env = {**os.environ, "JUDGE_HOME": tempfile.mkdtemp(prefix="drill-judge-bench-cold-")}
    warm_env = {**os.environ, "JUDGE_HOME": tempfile.mkdtemp(prefix="drill-judge-bench-warm-"), "JUDGE_WARM": "1"}
    workspace = tempfile.mkdtemp(prefix="drill-judge-bench-ws-")
    started = subprocess.run(judge_cmd("start", "--problem", "two-sum-ii", "--minutes", "600", "--dir",
                                       f"{workspace}/ws"), env=warm_env, capture_output=True, text=True)
    if started.returncode != 0:
        raise SystemExit(f"could not start a session: {started.stderr.strip()}")
    torch_env = {**os.environ, "JUDGE_HOME": tempfile.mkdtemp(prefix="drill-judge-bench-torch-"), "JUDGE_WARM": "1"}
    if "pytorch" in floors:
        started = subprocess.run(judge_cmd("start", "--problem", TORCH_SLUG, "--minutes", "600", "--dir",
                                           f"{workspace}/torch"), env=torch_env, capture_output=True, text=True)
        if started.returncode != 0:
            raise SystemExit(f"could not start a PyTorch session: {started.stderr.strip()}")
    flags = submit_flags()
    no_complexity = ["--no-complexity"] if "--no-complexity" in flags else []
    submit_two_sum = judge_cmd("submit", str(ACCEPTED), "--problem", "two-sum-ii")
    # (name, command, environment, the floor it is measured against)
    cases: list[tuple[str, list[str], dict, str]] = [
        ("judge submit (warm, no complexity report)", submit_two_sum + no_complexity, warm_env, "python"),
        ("judge submit (cold, no complexity report)", submit_two_sum + no_complexity, cold_env, "python"),
    ]
    if no_complexity:
        cases.append(("judge submit (warm, with complexity report)", submit_two_sum, warm_env, "python"))
        cases.append(("judge submit (cold, with complexity report)", submit_two_sum, cold_env, "python"))
    if NUMPY_ACCEPTED.exists():
        cases.append(("judge submit numpy problem (cold, no complexity)",
                      judge_cmd("submit", str(NUMPY_ACCEPTED), "--problem", "pairwise-sq-dists", *no_complexity),
                      cold_env, "python"))
    if "pytorch" in floors:
        submit_torch = judge_cmd("submit", str(TORCH_ACCEPTED), "--problem", TORCH_SLUG, *no_complexity)
        cases.append(("judge submit PyTorch problem (warm, no complexity)", submit_torch, torch_env, "pytorch"))
        cases.append(("judge submit PyTorch problem (cold, no complexity)", submit_torch, cold_env, "pytorch"))
    cases.append(("judge status (open session)", judge_cmd("status"), warm_env, "python"))

    for floor_cmd in floors.values():
        timed(floor_cmd, cold_env)  # warm the engine's caches once; not counted
    for _, cmd, env, _ in cases:
        timed(cmd, env)  # and each command's (the first run prepares the hidden cases); not counted
        settle()
    floor: dict[str, list[float]] = {runtime: [] for runtime in floors}
    samples: dict[str, list[float]] = {name: [] for name, _, _, _ in cases}
    try:
        for run in range(args.runs):
            for name, cmd, env, runtime in cases:
                floor[runtime].append(timed(floors[runtime], cold_env))
                samples[name].append(timed(cmd, env))
                settle()
            print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    finally:
        subprocess.run(judge_cmd("end"), env=warm_env, capture_output=True)
        subprocess.run(judge_cmd("end"), env=torch_env, capture_output=True)

    from tabulate import tabulate

    floor_median = {runtime: statistics.median(times) for runtime, times in floor.items()}
    described = {"python": "docker run --rm IMAGE python3 -c pass",
                 "pytorch": 'docker run --rm TORCH_IMAGE python3 -c "import torch"'}
    rows = [(f"container floor ({runtime}): {described[runtime]}", f"{floor_median[runtime]:.3f}", "1.00",
             len(floor[runtime])) for runtime in floors]
    for name, _, _, runtime in cases:
        median = statistics.median(samples[name])
        rows.append((name, f"{median:.3f}", f"{median / floor_median[runtime]:.2f}", len(samples[name])))
    table = tabulate(rows, headers=["command", "median s", "x floor", "runs"], tablefmt="github")
    print(table)
    args.out.write_text(
        "# Latency benchmark\n\n"
        f"Machine: {machine()}.\n\n"
        f"Measured by `make bench` (`python bench/latency.py --runs {args.runs}`): each command alternates with a\n"
        "floor run of its runtime; medians, and ratios to that floor's median measured in the same run.\n\n"
        f"{table}\n")
    print(f"\nwritten to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
