"""`judge data` and damaged databases, as a user meets them: separate `judge` processes on a real data dir.

No engine is needed: the history is recorded through the store functions
judging and sessions use, then every command runs as its own process with
JUDGE_HOME pointing at a temporary data dir.  Where statistics depend on
the time, each process runs under ``faketime -f @TIME`` (libfaketime), so
every process starts at the same instant.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import time_machine
from needed_programs import require_program

from judge.errors import EXIT_DAMAGED, EXIT_USAGE
from judge import clock
from judge.store import backup as backups
from judge.store.db import connect, database_path
from judge.store.sessions import NewSession, insert_session
from judge.store.submissions import NewSubmission, record_submission

REPO = Path(__file__).resolve().parents[2]
ACCEPTED = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"
T0 = (datetime.now(timezone.utc) - timedelta(days=40)).replace(hour=9, minute=0, second=0, microsecond=0)
NOW = T0 + timedelta(days=10)  # when the commands run (faked)
OPEN_UNTIL = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=2)


def judge(*args, home: Path, at: datetime | None = None):
    command = [sys.executable, "-m", "judge", *map(str, args)]
    if at is not None:
        command = [require_program("faketime", "faketime"), "-f", f"@{at:%Y-%m-%d %H:%M:%S}", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "JUDGE_HOME": str(home), "JUDGE_WARM": "0", "TZ": "UTC",
                               "FAKETIME_DONT_FAKE_MONOTONIC": "1"})


def report(verdict: str, complexity: str | None = None) -> dict:
    accepted = verdict == "accepted"
    data = {"problem": "x", "verdict": verdict, "passed": 26 if accepted else 2, "total": 26, "elapsed_s": 0.31,
            "failing_case": None if accepted else {"tags": ["min-size"], "input": "numbers = [1, 2], target = 3"},
            "counterexample": None, "extra": {}}
    if complexity:
        data["complexity"] = {"time": {"status": complexity, "target": "O(n)"}}
    return data


def submit_row(conn, slug, patterns, verdict, *, session_id=None, late=False, complexity=None, source=None):
    problem = SimpleNamespace(slug=slug, patterns=tuple(patterns), difficulty="medium")
    extra = None
    if session_id is not None:
        extra = {"session_id": session_id, "late": int(late), "submitted_at": clock.iso(clock.now())}
    return record_submission(conn, NewSubmission(problem=problem, file_path=f"/work/{slug}.py",
                             source=source or f"def solve():  # {verdict}\n    return 1\n",
                             report=report(verdict, complexity), extra_columns=extra))


def build_history() -> Path:
    """A submission outside sessions, one closed session with reviews, and one still open."""
    from judge.sessions.lifecycle import end

    conn = connect()
    with time_machine.travel(T0, tick=False):
        submit_row(conn, "two-sum-ii", ["two-pointers"], "wrong_answer")
    with time_machine.travel(T0 + timedelta(days=1), tick=False):
        now = clock.now()
        sid = insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(now + timedelta(minutes=60)),
                             minutes=60, blind=False, adaptive=False, workspace="/work/drill", options={},
                             problems=[{"slug": "two-sum-ii", "title": "Two Sum II", "patterns": ["two-pointers"],
                                        "difficulty": "medium", "file_path": "/work/drill/two_sum_ii.py"},
                                       {"slug": "lru-cache", "title": "LRU Cache", "patterns": ["design"],
                                        "difficulty": "medium", "file_path": "/work/drill/lru_cache.py"}]))
    for minutes, slug, patterns, verdict, complexity in [(4, "two-sum-ii", ["two-pointers"], "wrong_answer", None),
                                                         (9, "two-sum-ii", ["two-pointers"], "accepted", "optimal"),
                                                         (30, "lru-cache", ["design"], "time_limit", None)]:
        with time_machine.travel(T0 + timedelta(days=1, minutes=minutes), tick=False):
            submit_row(conn, slug, patterns, verdict, session_id=sid, complexity=complexity)
    conn.close()
    # `judge end` as a process: it closes the session, records its reviews, and keeps a backup.
    proc = judge("end", "--json", home=database_path().parent, at=T0 + timedelta(days=1, minutes=50))
    assert proc.returncode == 0, proc.stderr
    conn = connect()
    with time_machine.travel(T0 + timedelta(days=9), tick=False):
        now = clock.now()  # open until well after the real time, so no command closes it at its deadline
        insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(OPEN_UNTIL),
                       minutes=int((OPEN_UNTIL - now).total_seconds() // 60),
                       blind=True, adaptive=True, workspace="/work/drill2", options={"pack": "graphs"},
                       problems=[{"slug": "course-schedule", "title": "Course Schedule",
                                  "patterns": ["topological-sort"], "difficulty": "medium",
                                  "file_path": "/work/drill2/course_schedule.py"}]))
    conn.close()
    return database_path()


def outputs(home: Path) -> tuple[dict, dict]:
    history = json.loads(judge("history", "--limit", "100", "--json", home=home, at=NOW).stdout)
    stats = json.loads(judge("stats", "--json", home=home, at=NOW).stdout)
    stats.pop("generated_at")
    return history, stats


def test_judge_end_keeps_a_backup(judge_home):
    build_history()
    # The first command of that day (`judge end` itself) made the daily one before the session closed.
    daily, at_end = [b for b in reversed(backups.list_backups()) if b.created_at == T0 + timedelta(days=1, minutes=50)]
    assert at_end.seq == 2
    copy = sqlite3.connect(daily.path)
    assert copy.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    copy.close()
    copy = sqlite3.connect(at_end.path)
    assert copy.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_export_then_import_into_a_fresh_home_reproduces_history_and_stats(judge_home, tmp_path):
    build_history()
    before = outputs(judge_home)
    assert len(before[0]["sessions"]) == 2 and len(before[1]["patterns"]) == 2
    exported = tmp_path / "history.jsonl"
    proc = judge("data", "export", exported, home=judge_home, at=NOW)
    assert proc.returncode == 0 and "2 sessions and 4 submissions" in proc.stdout, proc.stderr
    stdout_export = judge("data", "export", home=judge_home, at=NOW).stdout
    assert stdout_export == exported.read_text()

    fresh = tmp_path / "fresh"
    proc = judge("data", "import", exported, home=fresh, at=NOW)
    assert proc.returncode == 0, proc.stderr
    assert outputs(fresh) == before

    for home in (fresh, judge_home):  # the same file again, and into the database it came from: nothing added
        proc = judge("data", "import", exported, "--json", home=home, at=NOW)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["added"] == {"sessions": 0, "submissions": 0}
        assert outputs(home) == before


def damage(path: Path, how: str) -> None:
    if how == "truncated":
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size // 3)
    else:
        path.write_bytes(os.urandom(path.stat().st_size))


@pytest.mark.parametrize("how", ["truncated", "garbage"])
def test_a_damaged_database_is_one_line_naming_the_file_and_judge_data_restore_brings_it_back(judge_home, how):
    path = build_history()
    proc = judge("data", "backup", home=judge_home)
    assert proc.returncode == 0 and Path(proc.stdout.strip()).is_file(), proc.stderr
    history_before = judge("history", "--json", home=judge_home).stdout
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(path, how)
    damaged_bytes = path.read_bytes()

    for command in (["status"], ["status", "--json"], ["history"], ["stats", "--json"], ["end"],
                    ["submit", ACCEPTED, "--no-complexity"], ["start", "--dir", judge_home / "ws"],
                    ["data", "export"], ["data", "backup"], ["data", "check"]):
        proc = judge(*command, home=judge_home)
        assert proc.returncode == EXIT_DAMAGED, (command, proc.returncode, proc.stderr)
        assert proc.stderr.count("\n") == 1, (command, proc.stderr)
        assert proc.stderr.startswith(f"error: the judge's database {path} is damaged ("), proc.stderr
        assert "`judge data restore`" in proc.stderr and "internal error" not in proc.stderr

    listed = json.loads(judge("data", "restore", "--list", "--json", home=judge_home).stdout)
    assert listed["backups"] and all(b["ok"] for b in listed["backups"])
    proc = judge("data", "restore", home=judge_home)
    assert proc.returncode == 0, proc.stderr
    assert f"Restored {path} from {listed['backups'][0]['path']}" in proc.stdout
    aside = next(p for p in path.parent.glob("judge.db.damaged-*") if not p.name.endswith(("-wal", "-shm")))
    assert f"The damaged database is kept at {aside}." in proc.stdout
    assert aside.read_bytes() == damaged_bytes  # kept aside, untouched
    assert judge("history", "--json", home=judge_home).stdout == history_before
    proc = judge("data", "check", home=judge_home)
    assert proc.returncode == 0 and proc.stdout.startswith(f"ok: {path} passes SQLite's integrity check")


def test_an_emptied_database_is_damaged_when_backups_exist(judge_home):
    path = build_history()
    path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    proc = judge("history", home=judge_home)
    assert proc.returncode == EXIT_DAMAGED and "(the file is empty)" in proc.stderr
    assert judge("data", "restore", home=judge_home).returncode == 0
    assert len(json.loads(judge("history", "--json", home=judge_home).stdout)["sessions"]) == 1


def test_without_a_backup_the_message_says_to_move_the_file_away(judge_home):
    path = database_path()
    path.write_bytes(b"not a database at all\n" * 200)
    proc = judge("history", home=judge_home)
    assert proc.returncode == EXIT_DAMAGED and proc.stderr.count("\n") == 1
    assert f"mv {path} {path}.damaged" in proc.stderr
    proc = judge("data", "restore", home=judge_home)
    assert proc.returncode == EXIT_USAGE and proc.stderr.count("\n") == 1 and "no backups" in proc.stderr


def test_data_check_prints_one_line_per_problem_and_json(judge_home):
    path = build_history()
    conn = connect()
    for i in range(80):
        submit_row(conn, "two-sum-ii", ["two-pointers"], "wrong_answer", source=f"# attempt {i}\n" * 50)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as handle:  # garbage over pages past the first: SQLite opens it, the check finds it
        handle.seek(4096 * 3)
        handle.write(hashlib.sha256(b"x").digest() * 512)
    proc = judge("data", "check", home=judge_home)
    assert proc.returncode == EXIT_DAMAGED
    assert proc.stdout and all(line.startswith("damaged: ") for line in proc.stdout.splitlines())
    assert proc.stderr.count("\n") == 1 and "`judge data restore`" in proc.stderr
    data = json.loads(judge("data", "check", "--json", home=judge_home).stdout)
    assert data["ok"] is False and data["problems"] and data["database"] == str(path)
