"""Data that survives: rolling backups, the daily backup, restore, export and import, against the real SQLite.

Histories are built through the store functions judging and sessions use
(record_submission, insert_session, lifecycle.end); time is moved with
time-machine.  The CLI runs in-process through click's CliRunner where output
is compared (history and stats JSON), and as a real process where the one-line
errors and exit codes are the point.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner

from judge.cli import cli
from judge.errors import EXIT_USAGE, DamagedData
from judge import clock
from judge.sessions.lifecycle import end
from judge.store import backup as backups
from judge.store import db
from judge.store.sessions import NewSession, insert_session
from judge.store.transfer import FORMAT, snapshot
from test_sessions_support import PAST, fake_problem, record

T0 = PAST


@pytest.fixture(autouse=True)
def no_engine_at_end(monkeypatch):
    """Closing a session removes warm sandboxes; these tests start none, so nothing asks the engine."""
    monkeypatch.setattr("judge.judging.discard_warm", lambda: 0)


def at(moment):
    return time_machine.travel(moment, tick=False)


def judge(*args, home: Path, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          timeout=120, input=stdin, env={**os.environ, "JUDGE_HOME": str(home), "JUDGE_WARM": "0"})


def invoke(*args):
    result = CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def start_session(conn, problems=("two-sum-ii", "course-schedule"), minutes=60, blind=False) -> int:
    now = clock.now()
    patterns = {"two-sum-ii": ["two-pointers"], "course-schedule": ["topological-sort", "graphs"]}
    return insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(now + timedelta(minutes=minutes)),
                          minutes=minutes, blind=blind, adaptive=False, workspace="/tmp/ws", options={"count": None},
                          problems=[{"slug": p, "title": p.title(), "patterns": patterns[p], "difficulty": "medium",
                                     "file_path": f"/tmp/ws/{p}.py"} for p in problems]))


def build_history(conn) -> None:
    """Two closed sessions with reviews, a submission outside sessions, a late one, complexity statuses,
    and two submissions of one source in one second (which must stay two)."""
    two_sum = fake_problem("two-sum-ii", ["two-pointers"])
    course = fake_problem("course-schedule", ["topological-sort", "graphs"])
    with at(T0):
        record(conn, "wrong_answer", two_sum)  # outside any session
    with at(T0 + timedelta(hours=1)):
        sid = start_session(conn)
    for minutes, verdict, problem, extra in [(5, "wrong_answer", two_sum, {}),
                                              (9, "accepted", two_sum, {"complexity": "optimal"}),
                                              (20, "time_limit", course, {"tags": ("large",)}),
                                              (20, "time_limit", course, {"tags": ("large",)}),
                                              (40, "accepted", course, {"complexity": "suboptimal"})]:
        with at(T0 + timedelta(hours=1, minutes=minutes)):
            record(conn, verdict, problem, session_id=sid, submitted_at=clock.iso(clock.now()), **extra)
    with at(T0 + timedelta(hours=1, minutes=50)):
        end(conn, clock.now())
    with at(T0 + timedelta(days=3)):
        sid = start_session(conn, problems=("course-schedule",), minutes=30, blind=True)
    with at(T0 + timedelta(days=3, minutes=45)):
        record(conn, "accepted", course, session_id=sid, late=True, submitted_at=clock.iso(clock.now()))
        end(conn, clock.now())


def history_and_stats(now) -> tuple[dict, dict]:
    with at(now):
        history = json.loads(invoke("history", "--limit", "100", "--json"))
        stats = json.loads(invoke("stats", "--json"))
    stats.pop("generated_at")
    return history, stats


def table_counts(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("sessions", "session_problems", "session_warnings", "reviews", "submissions")}
    finally:
        conn.close()


# -- rolling backups -------------------------------------------------------
def test_eight_backups_keep_the_seven_newest(judge_home):
    conn = db.connect()
    record(conn, "accepted")
    made = [backups.make_backup(conn, now=T0 + timedelta(hours=i)) for i in range(8)]
    kept = backups.list_backups()
    assert [b.path for b in kept] == made[:0:-1]  # newest first; the first one made is gone
    assert not made[0].exists() and len(kept) == backups.KEEP
    assert kept[0].path.name == f"judge-{(T0 + timedelta(hours=7)):%Y%m%dT%H%M%SZ}.db"
    assert not [p for p in backups.backups_dir().iterdir() if p.name.startswith(".tmp-")]


def test_two_backups_in_one_second_are_both_kept_and_ordered(judge_home):
    conn = db.connect()
    record(conn, "accepted")
    first, second = (backups.make_backup(conn, now=T0) for _ in range(2))
    assert first != second and second.name.endswith("-2.db")
    assert [b.path for b in backups.list_backups()] == [second, first]


def test_a_backup_is_a_consistent_single_file_database_that_passes_the_check(judge_home):
    conn = db.connect()
    ids = [record(conn, v) for v in ("accepted", "wrong_answer")]
    path = backups.make_backup(conn)
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in copy.execute("SELECT id FROM submissions ORDER BY id")] == ids
    copy.close()
    assert backups.check_file(path, full=True, judge_schema=True) == []


def test_the_daily_backup_is_made_at_most_once_a_day_by_the_first_command_that_opens_the_database(judge_home):
    with at(T0):
        db.connect().close()
        assert backups.list_backups() == []  # an empty database is not worth a backup
        conn = db.connect()
        record(conn, "accepted")
        conn.close()
        db.connect().close()
        assert len(backups.list_backups()) == 1
    with at(T0 + timedelta(hours=23, minutes=59)):
        db.connect().close()
        assert len(backups.list_backups()) == 1
    with at(T0 + timedelta(hours=24, minutes=1)):
        db.connect().close()
        db.connect().close()
        newest = backups.list_backups()
        assert len(newest) == 2 and newest[0].created_at == T0 + timedelta(hours=24, minutes=1)


def test_judge_end_keeps_a_backup_holding_the_closed_session(judge_home):
    conn = db.connect()
    with at(T0):
        sid = start_session(conn)
        record(conn, "accepted", session_id=sid, submitted_at=clock.iso(clock.now()))
    with at(T0 + timedelta(minutes=10)):
        end(conn, clock.now())
    newest = backups.list_backups()[0]
    assert newest.created_at == T0 + timedelta(minutes=10)
    copy = sqlite3.connect(newest.path)
    assert copy.execute("SELECT end_reason FROM sessions WHERE id = ?", (sid,)).fetchone()[0] == "ended"
    assert copy.execute("SELECT count(*) FROM reviews WHERE session_id = ?", (sid,)).fetchone()[0] == 3
    copy.close()


def corrupt_middle(path: Path) -> None:
    """Garbage over pages past the first: SQLite opens the file, and finds the damage when it reads them."""
    with open(path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xa5" * 4096 * 3)


def test_a_damaged_database_is_never_kept_as_a_backup(judge_home):
    conn = db.connect()
    for _ in range(150):
        record(conn, "wrong_answer")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    corrupt_middle(db.database_path())
    conn = db.connect(daily_backup=False)
    with pytest.raises(DamagedData) as raised:
        backups.make_backup(conn)
    assert str(db.database_path()) in raised.value.one_line()
    assert not backups.backups_dir().exists() or list(backups.backups_dir().glob("*.db")) == []
    assert backups.keep_backup(conn) is None  # at `judge end`: no backup, and no failure either
    conn.close()


# -- restore ---------------------------------------------------------------
def test_restore_takes_the_newest_sound_backup_and_keeps_the_damaged_file_aside(judge_home):
    conn = db.connect()
    record(conn, "accepted")
    older = backups.make_backup(conn, now=T0)
    record(conn, "wrong_answer")
    newest = backups.make_backup(conn, now=T0 + timedelta(hours=1))
    conn.close()
    damaged_bytes = b"SQLite format 3\x00" + b"\xff" * 5000
    db.database_path().write_bytes(damaged_bytes)
    Path(f"{db.database_path()}-wal").write_bytes(b"a stale log")

    restored = backups.restore(now=T0 + timedelta(hours=2))
    assert restored.backup == newest and restored.previous_damaged and restored.submissions == 2
    aside = restored.kept_aside[0]
    assert aside.name.startswith("judge.db.damaged-") and aside.read_bytes() == damaged_bytes
    assert Path(f"{aside}-wal").read_bytes() == b"a stale log"  # the log went with its file, not into the new one
    assert backups.check_file(db.database_path()) == []
    assert table_counts(db.database_path())["submissions"] == 2
    assert older.exists() and newest.exists()


def test_restore_skips_a_damaged_backup_and_refuses_to_restore_one_by_name(judge_home):
    conn = db.connect()
    record(conn, "accepted")
    good = backups.make_backup(conn, now=T0)
    record(conn, "wrong_answer")
    bad = backups.make_backup(conn, now=T0 + timedelta(hours=1))
    conn.close()
    bad.write_bytes(bad.read_bytes()[:3000])  # truncated since it was made
    with pytest.raises(DamagedData) as raised:
        backups.restore(bad.name)
    assert str(bad) in raised.value.one_line() and "--list" in raised.value.one_line()
    assert table_counts(db.database_path())["submissions"] == 2  # nothing changed

    listed = {i.path: i for i in backups.backup_list()}
    assert listed[good].ok and listed[good].submissions == 1 and not listed[bad].ok

    restored = backups.restore(now=T0 + timedelta(hours=2))
    assert restored.backup == good and [s.path for s in restored.skipped] == [bad]
    assert not restored.previous_damaged and restored.kept_aside[0].name.startswith("judge.db.replaced-")
    assert table_counts(restored.kept_aside[0])["submissions"] == 2  # the sound database it replaced, whole
    assert table_counts(db.database_path())["submissions"] == 1


def test_restore_refuses_a_file_that_is_not_a_judge_database(judge_home, tmp_path):
    db.connect().close()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DamagedData, match="not a drill-judge database"):
        backups.restore(str(other))


# -- export and import -----------------------------------------------------
def test_export_then_import_into_a_fresh_home_reproduces_history_and_stats(judge_home, tmp_path, monkeypatch):
    build_history(db.connect())
    later = T0 + timedelta(days=5)
    before = history_and_stats(later)
    assert len(before[0]["sessions"]) == 2 and before[1]["patterns"]
    export = tmp_path / "export.jsonl"
    with at(later):
        invoke("data", "export", export)

    fresh = tmp_path / "fresh-home"
    monkeypatch.setenv("JUDGE_HOME", str(fresh))
    with at(later):
        out = invoke("data", "import", export)
    assert "Imported 2 sessions and 7 submissions" in out
    assert history_and_stats(later) == before
    assert table_counts(fresh / "judge.db") == table_counts(judge_home / "judge.db")

    # Again, and back into the database it came from: nothing is added.
    with at(later):
        again = json.loads(invoke("data", "import", export, "--json"))
    assert again["added"] == {"sessions": 0, "submissions": 0}
    assert again["already_present"] == {"sessions": 2, "submissions": 7}
    assert history_and_stats(later) == before
    monkeypatch.setenv("JUDGE_HOME", str(judge_home))
    with at(later):
        home = json.loads(invoke("data", "import", export, "--json"))
    assert home["added"] == {"sessions": 0, "submissions": 0} and home["backup"] is None
    assert history_and_stats(later) == before


def test_the_export_format_header_keys_and_links(judge_home):
    conn = db.connect()
    build_history(conn)
    lines = [json.loads(line) for line in invoke("data", "export").splitlines()]
    header, records = lines[0], lines[1:]
    assert header["format"] == FORMAT and header["version"] == 1
    assert header["counts"] == {"sessions": 2, "submissions": 7}
    assert [r["type"] for r in records] == ["session"] * 2 + ["submission"] * 7
    sessions = [r for r in records if r["type"] == "session"]
    assert sessions[0]["key"] == [sessions[0]["started_at"], ["two-sum-ii", "course-schedule"], 0]
    assert {r["pattern"] for r in sessions[0]["reviews"]} == {"two-pointers", "topological-sort", "graphs"}
    submissions = [r for r in records if r["type"] == "submission"]
    assert submissions[0]["session"] is None and submissions[1]["session"] == sessions[0]["key"]
    twins = [r for r in submissions if r["verdict"] == "time_limit"]
    assert [t["key"][3] for t in twins] == [0, 1] and twins[0]["key"][:3] == twins[1]["key"][:3]
    assert isinstance(submissions[0]["report"], dict) and isinstance(submissions[0]["late"], bool)


def test_the_export_covers_every_column_of_the_store(judge_home):
    """A migration that adds a column must extend the export format (docs/data.md) too."""
    conn = db.connect()
    build_history(conn)
    sessions, submissions = snapshot(conn)
    columns = {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")}
               for t in ("sessions", "session_problems", "session_warnings", "reviews", "submissions")}
    links = {"id", "session_id"}
    assert columns["sessions"] - links <= set(sessions[0]) and columns["submissions"] - links <= set(submissions[0])
    assert columns["session_problems"] - links <= set(sessions[0]["problems"][0])
    assert columns["reviews"] - links <= set(sessions[0]["reviews"][0])
    assert columns["session_warnings"] - links == {"minutes", "shown_at"}


def test_import_merges_two_histories_without_duplicates(judge_home, tmp_path, monkeypatch):
    build_history(db.connect())
    with at(T0 + timedelta(days=5)):
        invoke("data", "export", tmp_path / "a.jsonl")
    other = tmp_path / "other-home"
    monkeypatch.setenv("JUDGE_HOME", str(other))
    conn = db.connect()
    with at(T0 + timedelta(days=1)):
        record(conn, "accepted", fake_problem("lru-cache", ["design"]))
    with at(T0 + timedelta(days=5)):
        invoke("data", "export", tmp_path / "b.jsonl")
        invoke("data", "import", tmp_path / "a.jsonl")
        invoke("data", "import", tmp_path / "a.jsonl")
    assert table_counts(other / "judge.db")["submissions"] == 8
    monkeypatch.setenv("JUDGE_HOME", str(judge_home))
    with at(T0 + timedelta(days=5)):
        invoke("data", "import", tmp_path / "b.jsonl")
        merged = [json.loads(line) for line in invoke("data", "export").splitlines()[1:]]
    assert sorted(r["problem"] for r in merged if r["type"] == "submission").count("lru-cache") == 1
    assert table_counts(judge_home / "judge.db")["submissions"] == 8


def break_line(text: str, number: int, change) -> str:
    lines = text.splitlines()
    lines[number - 1] = change(lines[number - 1])
    return "\n".join(lines) + "\n"


def set_field(name, value):
    def change(line):
        record = json.loads(line)
        record[name] = value
        return json.dumps(record)
    return change


@pytest.mark.parametrize("number, change, says", [
    (4, lambda line: line[:40], "line 4: it is not JSON"),
    (6, set_field("passed", "three"), "line 6: the submission field 'passed' should be an integer"),
    (5, set_field("source", "print('edited')"), "line 5: the submission's source_sha256 is not the SHA-256"),
    (7, set_field("session", ["2020-01-01T00:00:00+00:00", ["nope"], 0]), "line 7: its session"),
    (2, set_field("started_at", "yesterday"), "line 2: the session field 'started_at' is not an ISO 8601 time"),
    (1, set_field("version", 99), "line 1: format version 99 was written by a newer drill-judge"),
    (10, lambda line: "", "line 9: the file ends early or was cut"),
])
def test_a_malformed_import_changes_nothing_and_names_the_file_and_line(judge_home, tmp_path, number, change, says):
    conn = db.connect()
    build_history(conn)
    conn.close()
    exported = invoke("data", "export")
    target = tmp_path / "target-home"
    with at(T0 + timedelta(days=6)):  # the target holds something of its own, which must survive untouched
        target.mkdir()
        conn = db.connect(target / "judge.db")
        record(conn, "accepted", fake_problem("lru-cache", ["design"]))
        conn.close()
    before = table_counts(target / "judge.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(break_line(exported, number, change))
    proc = judge("data", "import", bad, home=target)
    assert proc.returncode == EXIT_USAGE and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(f"error: cannot import {bad}: {says}")
    assert "nothing was imported" in proc.stderr
    assert table_counts(target / "judge.db") == before


def test_an_import_that_adds_an_open_session_beside_an_open_one_is_refused_whole(judge_home, tmp_path, monkeypatch):
    conn = db.connect()
    record(conn, "accepted")
    with at(T0):
        start_session(conn)
    with at(T0 + timedelta(minutes=1)):
        invoke("data", "export", tmp_path / "open.jsonl")
    monkeypatch.setenv("JUDGE_HOME", str(tmp_path / "other"))
    conn = db.connect()
    with at(T0 + timedelta(minutes=2)):
        start_session(conn, problems=("course-schedule",))
    result = CliRunner().invoke(cli, ["data", "import", str(tmp_path / "open.jsonl")])
    assert "only one can be open" in str(result.exception)
    assert table_counts(tmp_path / "other" / "judge.db")["submissions"] == 0  # the whole import rolled back
