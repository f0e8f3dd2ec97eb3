"""Sessions without the engine: start, status, warnings, the automatic close, end, history, selection.

The clock is moved with time-machine; submissions are recorded through the
store as judging records them.  Submitting through the real grader is
covered by tests/integration/test_session_*.py.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import time_machine

from judge.errors import UsageError
from judge import clock
from judge.sessions import guard
from judge.sessions.lifecycle import StartRequest, end, history, start, status, summary
from judge.store.db import connect
from judge.store.sessions import get_session, open_session
from test_sessions_support import PAST, fake_problem, make_problem_root, record

T0 = PAST


@pytest.fixture
def problems_root(tmp_path, monkeypatch):
    root = make_problem_root(tmp_path / "problems", [
        ("alpha", "alpha-one", ["alpha"], "medium"),
        ("alpha", "alpha-two", ["alpha"], "medium"),
        ("alpha", "alpha-easy", ["alpha"], "easy"),
        ("beta", "beta-one", ["beta"], "medium"),
        ("gamma", "gamma-one", ["gamma", "beta"], "medium"),
    ])
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    return root


@pytest.fixture
def conn():
    connection = connect()
    yield connection
    connection.close()


def at(minutes: float):
    return time_machine.travel(T0 + timedelta(minutes=minutes), tick=False)


def begin(conn, tmp_path, **kwargs):
    kwargs.setdefault("directory", tmp_path / f"ws-{len(list(tmp_path.glob('ws-*')))}")
    return start(conn, StartRequest(**kwargs))


def problem_of(slug):
    patterns = {"alpha-one": ["alpha"], "alpha-two": ["alpha"], "beta-one": ["beta"], "gamma-one": ["gamma", "beta"]}
    return fake_problem(slug, patterns[slug])


def test_start_picks_two_mediums_of_different_patterns_and_writes_the_workspace(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path)
    assert len(started.problems) == 2
    assert all(p["difficulty"] == "medium" for p in started.problems)
    assert not set(started.problems[0]["patterns"]) & set(started.problems[1]["patterns"])
    assert started.started_at == clock.iso(T0) and started.deadline == clock.iso(T0 + timedelta(minutes=60))
    assert started.started_at.endswith("+00:00")
    for p in started.problems:
        solution = open(p["file"]).read()
        assert solution.startswith(f"# judge: problem={p['slug']}")
        assert "## Examples" in open(p["statement"]).read()
    readme = (tmp_path / "ws-0" / "README.md").read_text()
    assert started.deadline in readme and "judge end" in readme
    row = get_session(conn, started.session_id)
    assert (row["started_at"], row["deadline"], row["minutes"]) == (started.started_at, started.deadline, 60)


def test_a_second_start_is_refused_naming_the_active_session(conn, problems_root, tmp_path):
    with at(0):
        first = begin(conn, tmp_path, named=("alpha-one",))
    with at(10), pytest.raises(UsageError) as refused:
        begin(conn, tmp_path, named=("beta-one",))
    message = refused.value.one_line()
    assert f"session {first.session_id} is active" in message and "judge end" in message and "\n" not in message
    assert not (tmp_path / "ws-1").exists(), "a refused start must not leave a workspace behind"


def test_recently_solved_problems_are_skipped_unless_named(conn, problems_root, tmp_path):
    with at(-60):
        record(conn, "accepted", problem_of("alpha-one"))
    with at(0):
        started = begin(conn, tmp_path, patterns=("alpha",), count=1)
        assert [p["slug"] for p in started.problems] == ["alpha-two"]  # alpha-easy is not medium
        end(conn, clock.now())
        with pytest.raises(UsageError) as too_few:
            begin(conn, tmp_path, patterns=("alpha",), count=2)
        assert "solved in the last 7 days" in too_few.value.one_line()
        named = begin(conn, tmp_path, named=("alpha-one",))
        assert [p["slug"] for p in named.problems] == ["alpha-one"]
        end(conn, clock.now())
    with at(8 * 24 * 60):  # a week later it is fresh again
        again = begin(conn, tmp_path, patterns=("alpha",), count=2)
        assert {p["slug"] for p in again.problems} == {"alpha-one", "alpha-two"}


def test_filters_pack_difficulty_and_too_few(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path, pack="alpha", difficulty="easy", count=1)
        assert [p["slug"] for p in started.problems] == ["alpha-easy"]
        end(conn, clock.now())
        with pytest.raises(UsageError) as too_few:
            begin(conn, tmp_path, pack="beta", count=3)
        assert "only 1 medium pack beta problem(s)" in too_few.value.one_line()
        with pytest.raises(UsageError):
            begin(conn, tmp_path, named=("no-such-problem",))


def test_status_reports_states_attempts_and_split_times(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path, named=("alpha-one", "beta-one"))
    sid = started.session_id
    with at(5):
        record(conn, "wrong_answer", problem_of("alpha-one"), session_id=sid, submitted_at=clock.iso(clock.now()))
    with at(20):
        record(conn, "accepted", problem_of("alpha-one"), session_id=sid, submitted_at=clock.iso(clock.now()))
    with at(25):
        record(conn, "time_limit", problem_of("beta-one"), session_id=sid, submitted_at=clock.iso(clock.now()))
    with at(30):
        data = status(conn, clock.now())
    assert data["active"] is True and data["session_id"] == sid
    assert data["remaining_s"] == 30 * 60 and data["deadline"] == started.deadline
    one, beta = data["problems"]
    assert (one["slug"], one["state"], one["attempts"], one["solved_at_s"]) == ("alpha-one", "accepted", 2, 1200)
    assert [v["verdict"] for v in one["verdicts"]] == ["wrong_answer", "accepted"]
    assert (beta["state"], beta["attempts"], beta["solved_at_s"]) == ("attempted", 1, None)


def test_status_on_a_fresh_database_says_there_is_nothing(conn):
    data = status(conn, clock.now())
    assert data["active"] is False and data["problems"] == [] and data["remaining_s"] is None
    assert "No active session" in data["message"]


def test_warnings_at_15_5_and_1_minutes_each_printed_once(conn, problems_root, tmp_path):
    with at(0):
        begin(conn, tmp_path, named=("alpha-one",))
    shown = []
    for minute in (10, 44.9, 45.5, 46, 50, 55.2, 57, 59.1, 59.5):
        with at(minute):
            shown.append((minute, guard.check(conn, "status")))
    printed = [(m, lines[0]) for m, lines in shown if lines]
    assert [m for m, _ in printed] == [45.5, 55.2, 59.1]
    assert "15-minute mark: 14:30 left" in printed[0][1]
    assert "5-minute mark" in printed[1][1] and "1-minute mark: 0:54 left" in printed[2][1]
    assert all(len(lines) <= 1 and "\n" not in "".join(lines) for _, lines in shown)


def test_a_late_first_command_prints_only_the_most_urgent_warning_once(conn, problems_root, tmp_path):
    with at(0):
        begin(conn, tmp_path, named=("alpha-one",))
    other = connect()  # another terminal: the record of warnings shown is shared through the database
    with at(57):
        first = guard.check(conn, "packs")
        second = guard.check(other, "problems")
    assert len(first) == 1 and "5-minute mark" in first[0] and second == []
    other.close()


def test_the_first_command_after_the_deadline_closes_the_session(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path, named=("alpha-one", "beta-one"))
    with at(20):
        record(conn, "accepted", problem_of("alpha-one"), session_id=started.session_id,
               submitted_at=clock.iso(clock.now()))
    with at(60.5):
        assert guard.check(conn, "submit") == [] and open_session(conn) is not None  # submit records late first
        lines = guard.check(conn, "status")
    assert len(lines) == 1 and f"session {started.session_id} reached its deadline" in lines[0]
    row = get_session(conn, started.session_id)
    assert row["end_reason"] == "deadline" and row["ended_at"] == clock.iso(T0 + timedelta(minutes=60.5))
    with at(61):
        assert guard.check(conn, "status") == []
        assert status(conn, clock.now())["active"] is False
        data = end(conn, clock.now())  # `judge end` then prints the summary of the session the deadline closed
    assert data["already_closed"] is True and data["session_id"] == started.session_id
    assert {r["pattern"]: r["rating_name"] for r in data["reviews"]} == {"alpha": "easy", "beta": "again"}


def test_end_summarises_and_a_second_end_is_a_usage_error(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path, named=("alpha-one", "beta-one"))
    sid = started.session_id
    for minute, verdict in ((3, "wrong_answer"), (9, "runtime_error"), (14, "accepted"), (16, "accepted")):
        with at(minute):
            record(conn, verdict, problem_of("alpha-one"), session_id=sid, submitted_at=clock.iso(clock.now()),
                   complexity="optimal" if verdict == "accepted" else None)
    with at(40):
        data = end(conn, clock.now())
    assert data["already_closed"] is False and data["end_reason"] == "ended" and data["solved"] == 1
    one, beta = data["problems"]
    assert (one["solved"], one["solved_at_s"], one["attempts"], one["complexity"]) == (True, 14 * 60, 4, "optimal")
    assert [v["verdict"] for v in one["verdicts"]] == ["wrong_answer", "runtime_error", "accepted", "accepted"]
    assert (beta["solved"], beta["attempts"]) == (False, 0)
    assert {r["pattern"]: r["rating"] for r in data["reviews"]} == {"alpha": 2, "beta": 1}
    assert data["revealed"] == []  # not a blind session: nothing was withheld
    with at(41), pytest.raises(UsageError) as nothing:
        end(conn, clock.now())
    assert "no active session" in nothing.value.one_line()


def test_an_abandoned_session_records_no_review(conn, problems_root, tmp_path):
    with at(0):
        begin(conn, tmp_path, named=("alpha-one",))
    with at(2):
        data = end(conn, clock.now())
    assert data["reviews"] == [] and data["problems"][0]["state"] == "unattempted"


def test_blind_summary_reveals_what_was_withheld(conn, problems_root, tmp_path):
    with at(0):
        started = begin(conn, tmp_path, named=("alpha-one",), blind=True)
    with at(5):
        sub = record(conn, "wrong_answer", problem_of("alpha-one"), session_id=started.session_id,
                     submitted_at=clock.iso(clock.now()))
    with at(10):
        data = summary(conn, started.session_id)
        assert data["blind"] is True and data["revealed"] == []  # nothing is revealed while the session is open
        closed = end(conn, clock.now())
    assert closed["revealed"] == [{"submission_id": sub, "problem": "alpha-one", "verdict": "wrong_answer",
                                   "kind": "failing_case", "source": "hidden", "index": 4, "tags": ["min-size"],
                                   "input": "numbers = [1, 2], target = 3", "expected": "[1, 2]", "got": "[0, 1]",
                                   "stdout": "debug print", "reason": "differs"}]


def test_history_lists_sessions_newest_first_with_their_submissions(conn, problems_root, tmp_path):
    assert history(conn) == []
    with at(0):
        first = begin(conn, tmp_path, named=("alpha-one",))
    with at(4):
        record(conn, "wrong_answer", problem_of("alpha-one"), session_id=first.session_id,
               submitted_at=clock.iso(clock.now()))
    with at(61):
        record(conn, "accepted", problem_of("alpha-one"), session_id=first.session_id, late=True,
               submitted_at=clock.iso(clock.now()))
        end(conn, clock.now())
        second = begin(conn, tmp_path, named=("beta-one",), minutes=30)
    sessions = history(conn)
    assert [s["session_id"] for s in sessions] == [second.session_id, first.session_id]
    assert sessions[0]["active"] is True and sessions[1]["active"] is False
    subs = sessions[1]["submissions"]
    assert [(s["verdict"], s["late"], s["at_s"]) for s in subs] == [("wrong_answer", False, 240),
                                                                   ("accepted", True, 3660)]
    problem = sessions[1]["problems"][0]
    assert problem["state"] == "attempted" and problem["late_accepted_at_s"] == 3660
    assert "numbers" not in json.dumps(sessions), "history never shows failing inputs"


def test_start_refuses_a_non_empty_directory(conn, problems_root, tmp_path):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "mine.py").write_text("keep me")
    with pytest.raises(UsageError) as refused:
        start(conn, StartRequest(named=("alpha-one",), directory=target))
    assert "not an empty directory" in refused.value.one_line()
    assert open_session(conn) is None and (target / "mine.py").read_text() == "keep me"


def test_adaptive_start_picks_due_and_weakest_patterns(conn, problems_root, tmp_path):
    # alpha: solved first try long ago (strong, review due much later); beta: failed (weak, due soon).
    with at(-3 * 24 * 60):
        s1 = begin(conn, tmp_path, named=("alpha-one", "beta-one"))
        record(conn, "accepted", problem_of("alpha-one"), session_id=s1.session_id, submitted_at=clock.iso(clock.now()))
        record(conn, "wrong_answer", problem_of("beta-one"), session_id=s1.session_id,
               submitted_at=clock.iso(clock.now()))
        end(conn, clock.now())
    with at(0):
        started = begin(conn, tmp_path, adaptive=True, count=1, patterns=("alpha", "beta"))
    # beta is due and weakest, so the pick drills beta (beta-one or gamma-one; alpha-one is not fresh).
    assert len(started.problems) == 1 and "beta" in started.problems[0]["patterns"]
    assert started.adaptive and started.notes[0].startswith("adaptive order: beta (due, weakness")
