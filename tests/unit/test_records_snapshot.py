"""A store in memory holding someone's records (judge/store/snapshot.py), as the CLI builds it from the judge
service's GET /v1/records: the local code reads from it exactly what it reads from the store they came from."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
import time_machine

from judge import clock
from judge.errors import UsageError
from judge.sessions.lifecycle import StartRequest, end, history, prepare_start, start, status, summary
from judge.stats.report import stats_json
from judge.store.db import connect
from judge.store.snapshot import RECORD_TABLES, records_store
from test_sessions_support import PAST, fake_problem, make_problem_root, record


@pytest.fixture
def problems_root(tmp_path, monkeypatch):
    root = make_problem_root(tmp_path / "problems", [("alpha", "alpha-one", ["alpha"], "medium"),
                                                     ("beta", "beta-one", ["beta"], "medium"),
                                                     ("beta", "beta-two", ["beta"], "medium")])
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    return root


def _records(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """Every row of the local tables as dicts, as the service sends them."""
    return {table: [dict(row) for row in conn.execute(f"SELECT * FROM {table}")] for table in RECORD_TABLES}


def _history_of_two_sessions(conn, tmp_path) -> None:
    with time_machine.travel(PAST, tick=False):
        first = start(conn, StartRequest(named=("alpha-one",), directory=tmp_path / "ws-1"))
    for minute, verdict in ((3, "wrong_answer"), (9, "accepted")):
        with time_machine.travel(PAST + timedelta(minutes=minute), tick=False):
            record(conn, verdict, fake_problem("alpha-one", ["alpha"]), session_id=first.session_id,
                   submitted_at=clock.iso(clock.now()))
    with time_machine.travel(PAST + timedelta(minutes=20), tick=False):
        end(conn, clock.now())
    with time_machine.travel(PAST + timedelta(days=1), tick=False):
        second = start(conn, StartRequest(named=("beta-one",), directory=tmp_path / "ws-2"))
        record(conn, "time_limit_exceeded", fake_problem("beta-one", ["beta"]), session_id=second.session_id,
               submitted_at=clock.iso(clock.now()))


def test_the_local_views_read_the_same_from_a_copy_in_memory(problems_root, tmp_path):
    conn = connect()
    _history_of_two_sessions(conn, tmp_path)
    copy = records_store(_records(conn))
    now = PAST + timedelta(days=1, minutes=5)
    try:
        assert _records(copy) == _records(conn)
        assert status(copy, now) == status(conn, now) and status(copy, now)["active"] is True
        assert history(copy) == history(conn) and len(history(copy)) == 2
        assert summary(copy, 1) == summary(conn, 1) and summary(copy, 1)["reviews"]
        assert stats_json(copy, now) == stats_json(conn, now)
        assert {p["pattern"] for p in stats_json(copy, now)["patterns"]} == {"alpha", "beta"}
        # The choice `judge start` makes (here: refused, a session is open) is the local one too.
        with pytest.raises(UsageError) as refused:
            prepare_start(copy, StartRequest(named=("beta-two",), directory=tmp_path / "ws-3"), now)
        assert "is active" in refused.value.one_line() and not (tmp_path / "ws-3").exists()
    finally:
        copy.close()
        conn.close()


def test_a_started_session_is_chosen_from_the_history_but_recorded_nowhere(problems_root, tmp_path):
    conn = connect()
    _history_of_two_sessions(conn, tmp_path)
    with time_machine.travel(PAST + timedelta(days=1, minutes=10), tick=False):
        end(conn, clock.now())
    copy = records_store(_records(conn))
    try:
        now = PAST + timedelta(days=2)
        # alpha-one was solved the day before: the choice skips it, as it does locally.
        prepared = prepare_start(copy, StartRequest(count=1, directory=tmp_path / "ws-3"), now)
        assert [p["slug"] for p in prepared.session.problems] != ["alpha-one"]
        assert (tmp_path / "ws-3" / "README.md").exists()
        assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 2  # the service records it
        started = prepared.started(41)
        assert started.session_id == 41 and started.deadline == clock.iso(now + timedelta(minutes=60))
        prepared.undo()
        assert not (tmp_path / "ws-3").exists()
        # --adaptive reads the reviews and weakness the records hold: the same problems (alpha-one still skipped).
        chosen = [[r["slug"] for r in prepare_start(store, StartRequest(count=2, adaptive=True, directory=folder),
                                                    now).session.problems]
                  for store, folder in ((copy, tmp_path / "ws-4"), (conn, tmp_path / "ws-5"))]
        assert sorted(chosen[0]) == sorted(chosen[1]) == ["beta-one", "beta-two"]  # shuffled within a pattern
    finally:
        copy.close()
        conn.close()


def test_rows_the_local_schema_would_not_take_are_refused():
    with pytest.raises(ValueError, match="not a table of the local store: users"):
        records_store({"users": [{"id": 1}]})
    with pytest.raises(sqlite3.IntegrityError):  # a submission of a session that is not there
        records_store({"submissions": [{"id": 1, "created_at": "x", "problem": "p", "patterns": "[]",
                                        "difficulty": "easy", "file_path": "f", "source_sha256": "", "source": "",
                                        "mode": "submit", "verdict": "accepted", "passed": 1, "total": 1,
                                        "elapsed_s": 0.1, "failed_tags": "[]", "report": "{}", "session_id": 7}]})
