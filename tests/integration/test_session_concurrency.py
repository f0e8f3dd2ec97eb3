"""Sessions in the store under real processes: two terminals at once, and `kill -9` at any moment.

Every writer here is a separate Python process on the same SQLite file (no
mocks, no engine: the events are recorded exactly as the session layer
records them, with reports shaped like the grader's).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = r'''
import sys, time
from pathlib import Path
from types import SimpleNamespace
from judge import clock
from judge.sessions.lifecycle import close
from judge.store.db import connect
from judge.store.sessions import NewSession, OpenSessionExists, insert_session
from judge.store.submissions import NewSubmission, record_submission

mode, count, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
conn = connect()
problem = SimpleNamespace(slug="two-sum-ii", patterns=("two-pointers",), difficulty="medium")
report = {"problem": "two-sum-ii", "verdict": "wrong_answer", "passed": 1, "total": 26, "elapsed_s": 0.1,
          "failing_case": {"tags": ["dupes"]}, "counterexample": None}

def start():
    now = clock.now()
    return insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(now), minutes=60,
                          blind=False, adaptive=False, workspace="/tmp/ws", options={},
                          problems=[{"slug": "two-sum-ii", "title": "t", "patterns": ["two-pointers"],
                                     "difficulty": "medium", "file_path": "/tmp/ws/two_sum_ii.py"}]))

def submit(session_id):
    return record_submission(conn, NewSubmission(problem=problem, file_path="/tmp/ws/two_sum_ii.py",
                             source="x = 1\n" * 200, report=report,
                             extra_columns={"session_id": session_id, "late": 0,
                                            "submitted_at": clock.iso(clock.now())}))

while not go.exists():
    time.sleep(0.001)
if mode == "submit":          # count submissions against the open session
    session_id = int(sys.argv[4])
    for _ in range(count):
        print("sub", submit(session_id), flush=True)   # reported only after the commit
elif mode == "start":
    try:
        print("started", start(), flush=True)
    except OpenSessionExists as exc:
        print("refused", exc.session_id, flush=True)
elif mode == "cycle":         # start, three submissions, close (with its reviews), forever
    while True:
        session_id = start()
        print("start", session_id, flush=True)
        for _ in range(3):
            print("sub", submit(session_id), flush=True)
        close(conn, session_id, clock.now(), "ended")
        print("closed", session_id, flush=True)
'''


def spawn(mode: str, count: int, go: Path, *extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, mode, str(count), str(go), *map(str, extra)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def db(judge_home) -> sqlite3.Connection:
    conn = sqlite3.connect(judge_home / "judge.db", timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture
def open_session_id(judge_home):
    from judge import clock
    from judge.store.db import connect
    from judge.store.sessions import NewSession, insert_session

    conn = connect()
    now = clock.now()
    session_id = insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(now), minutes=60, blind=False,
                                adaptive=False, workspace="/tmp/ws", options={},
                                problems=[{"slug": "two-sum-ii", "title": "t", "patterns": ["two-pointers"],
                                           "difficulty": "medium", "file_path": "/tmp/ws/two_sum_ii.py"}]))
    conn.close()
    return session_id


def test_two_terminals_submitting_at_once_are_both_recorded(judge_home, tmp_path, open_session_id):
    go = tmp_path / "go"
    writers = [spawn("submit", 60, go, open_session_id) for _ in range(2)]
    time.sleep(0.5)  # both connected and waiting
    go.touch()
    reported = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        reported.append([int(line.split()[1]) for line in out.splitlines()])
    assert [len(r) for r in reported] == [60, 60]
    rows = {r["id"]: r["session_id"] for r in db(judge_home).execute("SELECT id, session_id FROM submissions")}
    assert sorted(rows) == sorted(reported[0] + reported[1])
    assert set(rows.values()) == {open_session_id}


def test_two_terminals_starting_at_once_get_one_session(judge_home, tmp_path):
    from judge.store.db import connect

    connect().close()  # migrate first, so the race is on the start itself
    go = tmp_path / "go"
    writers = [spawn("start", 1, go) for _ in range(4)]
    time.sleep(0.5)
    go.touch()
    outcomes = []
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        outcomes.append(out.split())
    started = [int(o[1]) for o in outcomes if o[0] == "started"]
    refused = [int(o[1]) for o in outcomes if o[0] == "refused"]
    assert len(started) == 1 and refused == started * 3
    assert db(judge_home).execute("SELECT count(*) FROM sessions WHERE ended_at IS NULL").fetchone()[0] == 1


@pytest.mark.parametrize("kill_after", [2, 9, 31])
def test_kill_9_leaves_a_consistent_database_with_every_reported_event(judge_home, tmp_path, kill_after):
    go = tmp_path / "go"
    go.touch()
    writer = spawn("cycle", 0, go)
    reported = []
    while len(reported) < kill_after:
        line = writer.stdout.readline()
        assert line, writer.stderr.read()
        reported.append(line.split())
    os.kill(writer.pid, signal.SIGKILL)  # mid-way through whatever it was writing
    writer.wait(timeout=30)
    writer.stdout.close()
    writer.stderr.close()

    conn = db(judge_home)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    submissions = {r[0] for r in conn.execute("SELECT id FROM submissions")}
    sessions = {r["id"]: r for r in conn.execute("SELECT * FROM sessions")}
    for kind, number in reported:
        if kind == "sub":
            assert int(number) in submissions
        elif kind == "start":
            assert int(number) in sessions
        else:
            assert sessions[int(number)]["ended_at"] is not None
    # Closing and its reviews are one event: every closed session with submissions has its review, no open one has.
    reviewed = {r[0] for r in conn.execute("SELECT session_id FROM reviews")}
    closed = {i for i, s in sessions.items() if s["ended_at"] is not None}
    assert reviewed == closed
    assert sum(s["ended_at"] is None for s in sessions.values()) <= 1
