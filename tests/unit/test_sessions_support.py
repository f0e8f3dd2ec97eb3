"""Helpers for the session and statistics tests (imported by them; holds no tests itself).

Problem roots are built from copies of the real two-sum-ii problem with other
slugs, patterns and difficulties, so selection can be tested against a known
set while other packs come and go.  Submissions are recorded through the same
store function judging uses, with reports shaped like the grader's.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

from judge.store.submissions import NewSubmission, record_submission

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"
# Tests that move the clock move it into the past: nothing that compares wall-clock ages can then see
# anything as older than it is.
PAST = (datetime.now(timezone.utc) - timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)


def make_problem_root(root: Path, specs: list[tuple[str, str, list[str], str]]) -> Path:
    """A problems dir with one pack per distinct pack name; specs are (pack, slug, patterns, difficulty)."""
    for pack in {s[0] for s in specs}:
        (root / pack).mkdir(parents=True, exist_ok=True)
        (root / pack / "pack.toml").write_text(f'name = "{pack}"\ntitle = "{pack}"\n')
    for pack, slug, patterns, difficulty in specs:
        target = root / pack / slug
        shutil.copytree(TWO_SUM, target, ignore=shutil.ignore_patterns("submissions", "__pycache__"))
        toml = (target / "problem.toml").read_text()
        toml = re.sub(r'^slug = .*$', f'slug = "{slug}"', toml, flags=re.M)
        toml = re.sub(r'^patterns = .*$', "patterns = [" + ", ".join(f'"{p}"' for p in patterns) + "]", toml, flags=re.M)
        toml = re.sub(r'^difficulty = .*$', f'difficulty = "{difficulty}"', toml, flags=re.M)
        toml = re.sub(r'^leetcode = .*\n', "", toml, flags=re.M)
        (target / "problem.toml").write_text(toml)
        starter = (target / "starter.py").read_text().replace("problem=two-sum-ii", f"problem={slug}")
        (target / "starter.py").write_text(starter)
    return root


def fake_problem(slug: str = "two-sum-ii", patterns=("two-pointers",), difficulty: str = "medium"):
    return SimpleNamespace(slug=slug, patterns=tuple(patterns), difficulty=difficulty)


def fake_report(verdict: str, problem: str = "two-sum-ii", tags=("min-size",), complexity: str | None = None,
                source: str = "hidden") -> dict:
    accepted = verdict == "accepted"
    report = {
        "problem": problem, "verdict": verdict, "passed": 26 if accepted else 3, "total": 26, "elapsed_s": 0.2,
        "message": "" if accepted else "the answer differs from the expected one", "error": None,
        "failing_case": None if accepted else {
            "source": source, "index": 4, "tags": list(tags), "input": "numbers = [1, 2], target = 3",
            "expected": "[1, 2]", "got": "[0, 1]", "stdout": "debug print", "reason": "differs"},
        "counterexample": None, "property_examples": 150 if accepted else 0, "max_case_s": 0.01,
        "stderr_tail": "" if accepted else "Traceback: numbers = [1, 2]", "extra": {},
    }
    if complexity:
        report["complexity"] = {"time": {"status": complexity, "target": "O(n)"}}
    return report


def record(conn, verdict: str, problem=None, *, session_id: int | None = None, late: bool = False,
           submitted_at: str | None = None, tags=("min-size",), complexity: str | None = None) -> int:
    problem = problem or fake_problem()
    extra = {"session_id": session_id, "late": int(late), "submitted_at": submitted_at} if session_id else None
    return record_submission(conn, NewSubmission(problem=problem, file_path="/tmp/x.py", source=f"# {verdict}\n",
                             report=fake_report(verdict, problem.slug, tags, complexity), extra_columns=extra))
