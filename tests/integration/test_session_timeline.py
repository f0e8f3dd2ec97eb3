"""A whole 60-minute session with the clock moved by time-machine, submitting through the real grader and engine.

start -> a wrong answer at minute 5 -> a time limit at minute 12 -> the accept
at minute 20 -> status -> the 15/5/1-minute warnings -> a late submission at
minute 61, which closes the session -> statistics -> the summary.

The clock travels to a day in the past: anything comparing wall-clock ages
(the stale-container sweep) then sees nothing as older than it is.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import UsageError

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
WRONG = SUBMISSIONS / "wrong_answer" / "zero_based.py"
SLOW = SUBMISSIONS / "time_limit" / "quadratic.py"
ACCEPTED = SUBMISSIONS / "accepted" / "two_pointers.py"
T0 = (datetime.now(timezone.utc) - timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)


@pytest.fixture(autouse=True)
def loadable_problems(tmp_path_factory, monkeypatch):
    """The repository's problems that load right now, linked into a private root.

    Other packs are being written while these tests run; a half-written one
    must not break a session test that never uses it.
    """
    from judge.errors import PackError
    from judge.packs.loader import load_problem

    root = tmp_path_factory.mktemp("problems")
    for pack in sorted((REPO / "problems").glob("*/pack.toml")):
        for directory in sorted(p.parent for p in pack.parent.glob("*/problem.toml")):
            try:
                load_problem(directory).examples  # noqa: B018  (imports cases.py)
            except PackError:
                continue
            (root / pack.parent.name).mkdir(exist_ok=True)
            (root / pack.parent.name / "pack.toml").write_text(pack.read_text())
            (root / pack.parent.name / directory.name).symlink_to(directory)
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    return root


def second_problem() -> str | None:
    """Another medium problem of another pattern, if the packs have one (chosen by filter, not by name)."""
    from judge.packs.loader import all_problems

    others = [p for p in all_problems() if p.difficulty == "medium" and "two-pointers" not in p.patterns]
    return others[0].slug if others else None


def run(runner, *args):
    result = runner.invoke(cli, list(args), catch_exceptions=True)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_a_whole_session_moved_through_by_time_machine(engine, judge_home, tmp_path):
    runner = CliRunner()
    workspace = tmp_path / "ws"
    other = second_problem()
    named = ["--problem", "two-sum-ii"] + (["--problem", other] if other else [])
    with time_machine.travel(T0, tick=False) as clock:
        started = run(runner, "start", *named, "--dir", str(workspace), "--json")
        assert started.exit_code == 0, started.output
        session = json.loads(started.stdout)
        assert session["deadline"] == (T0 + timedelta(minutes=60)).isoformat()
        solution = workspace / "two_sum_ii.py"
        assert solution.read_text().startswith("# judge: problem=two-sum-ii")

        def submit_at(minute, source: Path):
            clock.move_to(T0 + timedelta(minutes=minute))
            solution.write_text(source.read_text())  # the marker line goes: the workspace path names the problem
            result = run(runner, "submit", str(solution), "--json")
            return result, json.loads(result.stdout)

        result, data = submit_at(5, WRONG)
        assert (result.exit_code, data["verdict"], data["session_id"], data["late"]) == (1, "wrong_answer",
                                                                                         session["session_id"], False)
        result, data = submit_at(12, SLOW)
        assert (data["verdict"], data["late"]) == ("time_limit", False)
        result, data = submit_at(20, ACCEPTED)
        assert (result.exit_code, data["verdict"], data["late"]) == (0, "accepted", False)

        clock.move_to(T0 + timedelta(minutes=30))
        status = json.loads(run(runner, "status", "--json").stdout)
        assert status["active"] and status["remaining_s"] == 30 * 60
        two_sum = status["problems"][0]
        assert (two_sum["slug"], two_sum["state"], two_sum["attempts"], two_sum["solved_at_s"]) == \
            ("two-sum-ii", "accepted", 3, 20 * 60)
        if other:
            assert status["problems"][1]["state"] == "unattempted"
        refused = runner.invoke(cli, ["start", "--problem", "two-sum-ii"])
        assert isinstance(refused.exception, UsageError) and "judge end" in str(refused.exception)

        warnings = {}
        for minute in (45.5, 46, 55.5, 56, 59.5):
            clock.move_to(T0 + timedelta(minutes=minute))
            warnings[minute] = run(runner, "packs").stderr.strip()
        assert "15-minute mark" in warnings[45.5] and "5-minute mark" in warnings[55.5]
        assert "1-minute mark" in warnings[59.5] and warnings[46] == warnings[56] == ""

        result, data = submit_at(61, WRONG)
        assert (data["verdict"], data["session_id"], data["late"]) == ("wrong_answer", session["session_id"], True)
        text = run(runner, "submit", str(solution))  # still minute 61: the session is closed, so not late any more
        assert "LATE" not in text.stdout and "session" not in text.stdout

        clock.move_to(T0 + timedelta(minutes=62))
        closed = json.loads(run(runner, "status", "--json").stdout)
        assert closed["active"] is False and closed["last_session"]["end_reason"] == "deadline"

        stats = json.loads(run(runner, "stats", "--json").stdout)
        row = next(p for p in stats["patterns"] if p["pattern"] == "two-pointers")
        assert (row["attempted"], row["solved"], row["solve_rate"], row["first_try_rate"]) == (1, 1, 1.0, 0.0)
        assert row["median_time_to_accept_s"] == 1200.0
        assert row["verdicts"] == {"wrong_answer": 3, "time_limit": 1, "accepted": 1}
        assert row["weakness_rank"] >= 1 and row["recommendation"]
        assert row["next_review_due"] > (T0 + timedelta(minutes=61)).isoformat()  # reviewed when the session closed
        assert stats["recommendation"]["sentence"].startswith("Drill ")

        summary = json.loads(run(runner, "end", "--json").stdout)
        assert summary["already_closed"] and summary["end_reason"] == "deadline"
        first = summary["problems"][0]
        assert (first["solved"], first["solved_at_s"], first["attempts"]) == (True, 1200, 4)
        assert [(v["verdict"], v["late"]) for v in first["verdicts"]] == [
            ("wrong_answer", False), ("time_limit", False), ("accepted", False), ("wrong_answer", True)]
        assert {r["pattern"]: r["rating_name"] for r in summary["reviews"]}["two-pointers"] == "hard"

    rows = sqlite3.connect(judge_home / "judge.db").execute(
        "SELECT verdict, session_id, late FROM submissions ORDER BY id").fetchall()
    sid = session["session_id"]
    assert rows == [("wrong_answer", sid, 0), ("time_limit", sid, 0), ("accepted", sid, 0), ("wrong_answer", sid, 1),
                    ("wrong_answer", None, 0)]
    shutil.rmtree(workspace)
