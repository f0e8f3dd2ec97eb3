"""The session layer's part of `judge submit`: which session and problem, late or not, and the closing.

Grading itself is replaced here by a stand-in that reads the verdict from
the source (`# verdict: wrong_answer`), so these tests pin down routing and
timing only; tests/integration/test_session_*.py submit through the real
grader and engine.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine

from judge.errors import UsageError
from judge.grading.verdicts import Report, Verdict
from judge import clock
from judge.sessions.lifecycle import StartRequest, start
from judge.sessions.submit import session_line, submit
from judge.store.db import connect
from judge.store.sessions import get_session, open_session
from test_sessions_support import PAST, make_problem_root


@pytest.fixture
def graded(monkeypatch, tmp_path):
    root = make_problem_root(tmp_path / "problems", [("alpha", "alpha-one", ["alpha"], "medium"),
                                                     ("beta", "beta-one", ["beta"], "medium"),
                                                     ("gamma", "gamma-one", ["gamma"], "medium")])
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    seen = []

    def fake_run_source(source, problem, options):
        verdict = source.split("# verdict: ", 1)[1].split()[0] if "# verdict: " in source else "accepted"
        seen.append(problem.slug)
        report = Report(problem=problem.slug, verdict=Verdict(verdict), passed=1, total=1)
        if options.on_verdict is not None:
            options.on_verdict(report)
        return report

    monkeypatch.setattr("judge.judging.run_source", fake_run_source)
    return seen


def at(minutes):
    return time_machine.travel(PAST + timedelta(minutes=minutes), tick=False)


def test_submissions_are_recorded_against_the_session_and_late_ones_close_it(graded, tmp_path):
    conn = connect()
    with at(0):
        started = start(conn, StartRequest(named=("alpha-one", "beta-one"), directory=tmp_path / "ws"))
    alpha = tmp_path / "ws" / "alpha_one.py"
    alpha.write_text("def two_sum_sorted(numbers, target):\n    pass  # verdict: wrong_answer\n")  # marker removed
    with at(5):
        first = submit(alpha)
    assert graded == ["alpha-one"], "the problem comes from the workspace file even without its marker line"
    assert (first.session_id, first.late, first.closed, first.remaining_s) == (started.session_id, False, False, 3300)
    assert first.progress.state == "attempted" and "attempt 1" in session_line(first)
    alpha.write_text("# judge: problem=alpha-one\ndef two_sum_sorted(numbers, target):\n    return [1, 2]\n")
    with at(20):
        second = submit(alpha)
    assert second.progress.state == "accepted" and second.progress.solved_at_s == 1200
    assert "alpha-one accepted at 20:00; 40:00 left" in session_line(second)
    with at(61):
        late = submit(tmp_path / "ws" / "beta_one.py")
    assert late.late is True and late.closed is True and late.session_id == started.session_id
    assert late.progress.state == "attempted" and late.progress.late_accepted_at_s == 3660
    assert session_line(late).startswith("LATE: submitted 1:00 after the deadline")
    row = get_session(conn, started.session_id)
    assert row["end_reason"] == "deadline" and open_session(conn) is None
    rows = conn.execute("SELECT problem, verdict, session_id, late, submitted_at FROM submissions ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [
        ("alpha-one", "wrong_answer", 1, 0, clock.iso(PAST + timedelta(minutes=5))),
        ("alpha-one", "accepted", 1, 0, clock.iso(PAST + timedelta(minutes=20))),
        ("beta-one", "accepted", 1, 1, clock.iso(PAST + timedelta(minutes=61)))]


def test_a_submission_at_the_deadline_itself_is_late(graded, tmp_path):
    conn = connect()
    with at(0):
        start(conn, StartRequest(named=("alpha-one",), directory=tmp_path / "ws"))
    with at(59 + 59 / 60):
        assert submit(tmp_path / "ws" / "alpha_one.py").late is False
    with at(60):
        assert submit(tmp_path / "ws" / "alpha_one.py").late is True


def test_other_problems_and_no_session_are_recorded_outside_sessions(graded, tmp_path):
    conn = connect()
    outside = tmp_path / "gamma.py"
    outside.write_text("# judge: problem=gamma-one\n")
    with at(0):
        assert submit(outside).session_id is None  # no session at all
        start(conn, StartRequest(named=("alpha-one",), directory=tmp_path / "ws"))
    with at(3):
        result = submit(outside)
    assert result.session_id is None and "not a problem of session 1" in session_line(result)
    with at(4):
        named = submit(outside, "alpha-one")  # --problem wins over the file's marker
    assert named.session_id == 1
    unknown = tmp_path / "mystery.py"
    unknown.write_text("pass\n")
    with at(5), pytest.raises(UsageError):
        submit(unknown)
    sessions = [r[0] for r in conn.execute("SELECT session_id FROM submissions ORDER BY id")]
    assert sessions == [None, None, 1]
