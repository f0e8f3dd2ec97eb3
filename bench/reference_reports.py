"""Every problem's reference, submitted and measured: does it get a complexity report, and does the report
read its problem's target?  A sweep run and reported by hand (`make reports`), not part of `make test`.

Each reference is submitted through the real CLI (`judge submit --json`, a throwaway JUDGE_HOME), exactly
as a user's accepted solution is.  The table names, per problem: the verdict, the measured time and space
classes beside the targets and the report's status, `vectorized` where the problem expects it, and the
report's cost.  A reference with no report says why.  Nothing here is asserted: the figures are for the
issue notes and the README, and a misread is studied, not hidden.

Usage: python bench/reference_reports.py [--out problems/REPORTS.md] [PATH ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from judge.packs.loader import load_problem  # noqa: E402  (the repo, whether installed or not)


@dataclass(frozen=True)
class Row:
    slug: str
    pack: str
    verdict: str
    time: str  # measured (target), or why there is no report
    space: str
    status: str  # time status / space status
    vectorized: str
    cost_s: float | None
    reads_target: bool
    reads_below: bool = False  # status optimal on both axes, but a smaller class than the target on one


def problem_dirs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if (path / "problem.toml").exists():
            found.append(path)
        else:
            found += [toml.parent for toml in sorted(path.glob("**/problem.toml"))]
    return found


def measure(problem_dir: Path, home: Path) -> Row:
    problem = load_problem(problem_dir)
    env = {**os.environ, "JUDGE_HOME": str(home), "JUDGE_WARM": "0"}
    proc = subprocess.run([sys.executable, "-m", "judge", "submit", str(problem_dir / "reference.py"), "--problem",
                           problem.slug, "--json"], env=env, capture_output=True, text=True, timeout=900)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        why = (proc.stderr.strip().splitlines() or ["no output"])[-1][:120]
        return Row(problem.slug, problem.pack, f"error ({why})", "", "", "", "", None, False)
    report = data.get("complexity") or {}
    if not report.get("available"):
        return Row(problem.slug, problem.pack, data["verdict"], f"no report: {report.get('reason')}", "", "", "",
                   report.get("cost_s"), False)
    axes = {axis: report[axis] for axis in ("time", "space")}
    shown = {axis: f"{a['measured'] or 'none: ' + str(a.get('reason'))} ({a['target']})" for axis, a in axes.items()}
    # "optimal" also covers a reading below the target; a reference cannot beat its own target, so such a
    # reading missed work (too little of it to see) and does not count as reading the target.
    optimal = all(a["status"] == "optimal" for a in axes.values())
    exact = all(a["measured"] == a["target"] for a in axes.values())
    vectorized_ok = not problem.vectorized or report.get("vectorized") is True
    vectorized = "" if report.get("vectorized") is None else ("yes" if report["vectorized"] else "NO")
    return Row(problem.slug, problem.pack, data["verdict"], shown["time"], shown["space"],
               f"{axes['time']['status']} / {axes['space']['status']}", vectorized, report.get("cost_s"),
               optimal and exact and vectorized_ok, optimal and not exact and vectorized_ok)


def markdown(rows: list[Row], command: str, elapsed_s: float) -> str:
    reported = [r for r in rows if r.status]
    reading = [r for r in rows if r.reads_target]
    below = [r for r in rows if r.reads_below]
    lines = [
        "# Every reference's complexity report",
        "",
        f"Made by `{command}` on {time.strftime('%Y-%m-%d')} in {elapsed_s / 60:.1f} minutes: each problem's",
        "reference submitted through `judge submit --json`, as a user's accepted solution is.",
        "",
        f"- {len(reported)} of {len(rows)} references get a report;",
        f"- {len(reading)} of {len(reported)} reports read the problem's target on both axes (status `optimal`",
        "  with the target's own class, not a smaller one, and `vectorized` where the problem expects it);",
        f"- {len(below)} of the others read below the target (status `optimal` on both axes, a smaller class",
        "  on one): a reference that beats its problem's target by design, or work the measurement cannot see",
        "  (C-level copying of short lists);",
        "- the others are listed with what they read.",
        "",
        "| problem | verdict | time (target) | space (target) | status | vectorized | cost |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        cost = f"{r.cost_s:.1f} s" if r.cost_s is not None else ""
        mark = "" if r.reads_target else " *" if r.reads_below else " **"
        lines.append(f"| {r.pack}/{r.slug}{mark} | {r.verdict} | {r.time} | {r.space} | {r.status} | "
                     f"{r.vectorized} | {cost} |")
    lines += ["", "`*`: reads below the target (status `optimal`); `**`: no report, or a report that is not optimal on "
              "both axes.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[REPO / "problems"])
    parser.add_argument("--out", type=Path, default=REPO / "problems" / "REPORTS.md")
    args = parser.parse_args()
    dirs = problem_dirs(args.paths)
    started = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory(prefix="judge-reports-") as home:
        for i, problem_dir in enumerate(dirs, 1):
            row = measure(problem_dir, Path(home))
            rows.append(row)
            if sys.stderr.isatty():
                print(f"\r[{i}/{len(dirs)}] {row.slug:40s}", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    command = "python bench/reference_reports.py " + " ".join(str(p.relative_to(REPO)) if p.is_relative_to(REPO)
                                                               else str(p) for p in args.paths)
    text = markdown(rows, command.strip(), time.monotonic() - started)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
