"""Throughput and latency of the cohort service, against the local CLI measured in the same run.

Everything runs on this machine, on loopback: a PostgreSQL server and a redis-server of the bench's own
(a temporary folder, free ports), `judge serve`, and `judge worker` processes (concurrency 1 each).

1. Idle: the same submissions (accepted, wrong, too slow) through `judge submit` against the service with
   one idle worker, alternating with `judge submit` run locally in an open session (warm containers on
   both sides); the ratio of the medians.  Target: at most 1.5x.
2. Load: N simulated users (threads), each submitting the mix one after the other as a person does
   (submit, wait for the verdict as the CLI waits, submit the next), against 1 and then 2 workers:
   submissions per second, p50/p95 time to verdict.  Target: 2 workers give at least 1.6x one's throughput.

Timings are printed and written to bench/server.md; they are never asserted (the machine is shared).

Usage: python bench/server.py [--users 20] [--runs 3] [--out bench/server.md]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench"), str(REPO / "tests" / "integration")]
# The service's parts as the fault tests start them: a private PostgreSQL and Redis, `judge serve`/`worker`.
from cpu_use import CpuMeter, CpuUse  # noqa: E402
from latency import judge_cmd, machine, settle  # noqa: E402
from service_parts import PrivatePostgres, PrivateRedis, Service, owned_folder, postgres_bin  # noqa: E402

SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
# (kind, file, the verdict it must get)
MIX = [("accepted", SUBMISSIONS / "accepted" / "two_pointers.py", "accepted"),
       ("wrong", SUBMISSIONS / "wrong_answer" / "zero_based.py", "wrong_answer"),
       ("too slow", SUBMISSIONS / "time_limit" / "quadratic.py", "time_limit")]
COMMAND = "make bench-server"


@dataclass(frozen=True)
class Load:
    workers: int
    submissions: int
    wall_s: float
    to_verdict_s: list[float]
    wrong_verdicts: dict[str, int]  # "expected -> got": how many
    cpu: CpuUse

    @property
    def per_second(self) -> float:
        return self.submissions / self.wall_s


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed_submit(path: Path, env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(judge_cmd("submit", str(path), "--problem", "two-sum-ii", "--no-complexity"), env=env,
                          capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"judge submit failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def idle_ratios(service: Service, token: str, runs: int, folder: Path) -> dict[str, tuple[list[float], list[float]]]:
    """{kind: (local seconds, service seconds)}, the two alternating, after one unmeasured run of each."""
    local_env = {**os.environ, "JUDGE_HOME": str(folder / "local"), "JUDGE_WARM": "1"}
    started = subprocess.run(judge_cmd("start", "--problem", "two-sum-ii", "--minutes", "600", "--dir",
                                       str(folder / "ws")), env=local_env, capture_output=True, text=True)
    if started.returncode != 0:
        raise SystemExit(f"could not start a local session: {started.stderr.strip()}")
    remote_env = {**os.environ, "JUDGE_HOME": str(folder / "remote"), "JUDGE_SERVER": service.url,
                  "JUDGE_TOKEN": token}
    times: dict[str, tuple[list[float], list[float]]] = {}
    try:
        for kind, path, _ in MIX:
            timed_submit(path, local_env)
            timed_submit(path, remote_env)
            local, remote = [], []
            for _ in range(runs):
                # The warm container used is replaced in the background (here or by the worker): wait until
                # that is done, so that neither side is billed for the other's container start.
                settle()
                local.append(timed_submit(path, local_env))
                settle()
                remote.append(timed_submit(path, remote_env))
            times[kind] = (local, remote)
            print(f"idle {kind}: local {statistics.median(local):.2f} s, service {statistics.median(remote):.2f} s",
                  file=sys.stderr)
    finally:
        subprocess.run(judge_cmd("end"), env=local_env, capture_output=True)
    return times


def load(url: str, tokens: list[str], workers: int, meter: CpuMeter) -> Load:
    """Each user submits the mix (starting at a different kind) one after the other, waiting for each verdict."""
    from judge.service.client import Client, Server

    to_verdict: list[float] = []
    wrong: dict[str, int] = {}
    lock = threading.Lock()
    failures: list[str] = []

    def user(index: int, token: str) -> None:
        client = Client(Server(url, token))
        try:
            for step in range(len(MIX)):
                _, path, expected = MIX[(index + step) % len(MIX)]
                started = time.perf_counter()
                submission_id = client.submit({"source": path.read_text(), "filename": path.name,
                                               "problem": "two-sum-ii"})
                state = client.wait(submission_id, "complete")
                elapsed = time.perf_counter() - started
                with lock:
                    to_verdict.append(elapsed)
                    got = state["report"]["verdict"]
                    if got != expected:
                        wrong[f"{expected} -> {got}"] = wrong.get(f"{expected} -> {got}", 0) + 1
                        why = state["report"].get("message") or ""
                        print(f"  {path.name}: {got} ({why}; sandbox {state['report']['extra'].get('sandbox')})",
                              file=sys.stderr)
        except Exception as exc:  # noqa: BLE001 - reported, and the run counts as failed
            failures.append(f"user {index}: {exc}")
        finally:
            client.close()

    threads = [threading.Thread(target=user, args=(i, token)) for i, token in enumerate(tokens)]
    started = time.perf_counter()
    meter.start(started)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    cpu = meter.stop(started + wall)
    if failures:
        raise SystemExit("simulated users failed:\n" + "\n".join(failures))
    result = Load(workers, len(to_verdict), wall, to_verdict, wrong, cpu)
    print(f"{workers} worker(s): {result.per_second:.2f} submissions/s, p50 {percentile(to_verdict, 0.5):.2f} s, "
          f"p95 {percentile(to_verdict, 0.95):.2f} s", file=sys.stderr)
    return result


def report(users: int, runs: int, idle: dict[str, tuple[list[float], list[float]]], loads: list[Load]) -> str:
    speedup = loads[1].per_second / loads[0].per_second
    lines = [
        "# The cohort service: throughput and latency",
        "",
        f"Command: `{COMMAND}` (`python bench/server.py --users {users} --runs {runs}`). Written by bench/server.py;",
        "every figure below comes from the same run, on this machine, over loopback, with a PostgreSQL and a",
        "Redis of the bench's own and `judge worker` processes of concurrency 1.",
        "",
        f"Machine: {machine()}.",
        "",
        "## Idle service against the local CLI",
        "",
        f"`judge submit FILE --problem two-sum-ii --no-complexity`, {runs} timed runs of each side after one",
        "unmeasured run, alternating; locally in an open session (a warm container waits), through the service",
        "with one idle worker (its warm container waits); before each run, the replacement of the last warm",
        "container used has been started. Seconds, wall time of the whole command.",
        "",
        "| submission | local p50 | service p50 | ratio |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind, (local, remote) in idle.items():
        lines.append(f"| {kind} | {statistics.median(local):.2f} | {statistics.median(remote):.2f} | "
                     f"{statistics.median(remote) / statistics.median(local):.2f}x |")
    lines += [
        "",
        "Target: the p50 on an idle service at most 1.5x the local CLI's, for the same submission: "
        + "; ".join(f"{kind} **{statistics.median(remote) / statistics.median(local):.2f}x, "
                    f"{'met' if statistics.median(remote) <= 1.5 * statistics.median(local) else 'not met'}**"
                    for kind, (local, remote) in idle.items()) + ".",
        "",
        f"## {users} simulated users",
        "",
        f"Each user submits the mix (accepted, wrong, too slow: {len(MIX)} submissions, starting at a different",
        "one) one after the other through the API, waiting for each verdict as the CLI waits (a request that the",
        "service answers when the state moves on). Time to verdict: from the upload to the complete verdict seen",
        "by the user.",
        "",
        "| workers | submissions | wall s | submissions/s | p50 to verdict s | p95 to verdict s | wrong verdicts |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in loads:
        lines.append(f"| {run.workers} | {run.submissions} | {run.wall_s:.1f} | {run.per_second:.2f} | "
                     f"{percentile(run.to_verdict_s, 0.5):.2f} | {percentile(run.to_verdict_s, 0.95):.2f} | "
                     f"{', '.join(f'{n} {change}' for change, n in run.wrong_verdicts.items()) or 'none'} |")
    lines += [
        "",
        f"Target: 2 workers give at least 1.6x the throughput of one: **{speedup:.2f}x, "
        f"{'met' if speedup >= 1.6 else 'not met'}**.",
        "",
        "\"Wrong verdicts\" counts submissions whose verdict under load differs from the one they get alone",
        "(a correct solution timed out because the machine was busy, for instance).",
        "",
        "## Where the CPU goes",
        "",
        "CPU seconds per submission during each run above, from /proc (bench/cpu_use.py), and how many of the",
        f"machine's {os.cpu_count()} cores were busy on average. \"Rest\" is the processes that start and end",
        "within the run: the sandboxes themselves, container starts (runc) and the detached warm-container",
        "helpers. The simulated users are threads of the bench process, on this machine as a real cohort's would",
        "not be.",
        "",
    ]
    parts = sorted({part for run in loads for part in run.cpu.parts})
    lines += ["| workers | cores busy | " + " | ".join(parts) + " | rest | machine |",
              "| ---: | ---: | " + " | ".join("---:" for _ in parts) + " | ---: | ---: |"]
    for run in loads:
        per = [run.cpu.parts.get(part, 0.0) / run.submissions for part in parts]
        lines.append(f"| {run.workers} | {run.cpu.cores_busy:.2f} | "
                     + " | ".join(f"{x:.3f}" for x in per)
                     + f" | {run.cpu.rest_s / run.submissions:.3f} | {run.cpu.machine_s / run.submissions:.3f} |")
    one = loads[0].cpu
    ceiling = os.cpu_count() / one.cores_busy if one.machine_s else float("inf")
    lines += [
        "",
        f"With one worker the machine was already {one.cores_busy:.2f} cores busy, so on "
        f"{os.cpu_count()} cores no number of workers",
        f"can give more than {ceiling:.2f}x its throughput here, unless a submission costs less CPU.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each idle submission, each side")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "server.md")
    args = parser.parse_args()
    bin_dir = postgres_bin()
    if bin_dir is None or shutil.which("redis-server") is None:
        raise SystemExit("the bench needs PostgreSQL and Redis: apt-get install postgresql redis-server")
    os.environ.setdefault("JUDGE_RUN_ID", f"bench-server-{os.getpid()}")
    folder = owned_folder("drill-judge-bench-server-")
    postgres, redis = PrivatePostgres(bin_dir, folder / "data"), PrivateRedis(folder)
    service = Service("", "", folder / "service")
    try:
        postgres.init()
        postgres.start()
        postgres.create_database()
        redis.start()
        from judge.service.database import migrate
        from judge.service.users import add_user

        migrate(postgres.url)
        service.db_url, service.broker_url = postgres.url, redis.url
        service.root.mkdir()
        service.serve()
        tokens = [add_user(postgres.url, f"user{i}", admin=False).token for i in range(args.users + 1)]
        service.worker("worker-1")
        with tempfile.TemporaryDirectory(prefix="drill-judge-bench-cli-") as cli_folder:
            idle = idle_ratios(service, tokens[-1], args.runs, Path(cli_folder))
        roots = {"API": [service.processes["api"].pid], "workers": [service.processes["worker-1"].pid],
                 "simulated users": [os.getpid()]}
        loads = [load(service.url, tokens[:-1], workers=1, meter=CpuMeter(roots))]
        roots["workers"].append(service.worker("worker-2").pid)
        loads.append(load(service.url, tokens[:-1], workers=2, meter=CpuMeter(roots)))
    finally:
        service.stop_all()
        redis.stop()
        try:
            postgres.stop()
        except subprocess.SubprocessError:
            pass
        shutil.rmtree(folder, ignore_errors=True)
    text = report(args.users, args.runs, idle, loads)
    args.out.write_text(text)
    print(text)
    print(f"\nwritten to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
