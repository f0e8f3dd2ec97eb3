"""The SQLite store: WAL mode, versioned migrations, one transaction per event."""

import sqlite3
import subprocess
import sys

from judge.store import db


def test_fresh_database_is_migrated_in_wal_mode(tmp_path):
    conn = db.connect(tmp_path / "j.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    assert "submissions" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_migration_is_idempotent_across_connections(tmp_path):
    path = tmp_path / "j.db"
    db.connect(path).close()
    conn = db.connect(path)
    assert db.schema_version(conn) == len(db.MIGRATIONS)


def test_failed_transaction_rolls_back(tmp_path):
    conn = db.connect(tmp_path / "j.db")
    conn.execute("CREATE TABLE t (x INTEGER)")
    try:
        with db.transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_committed_rows_survive_kill_9(tmp_path):
    path = tmp_path / "j.db"
    db.connect(path).close()
    script = (
        "import os, sys; sys.path.insert(0, %r)\n"
        "from judge.store import db\n"
        "conn = db.connect(__import__('pathlib').Path(%r))\n"
        "conn.execute('CREATE TABLE IF NOT EXISTS t (x INTEGER)')\n"
        "with db.transaction(conn): conn.execute('INSERT INTO t VALUES (1)')\n"
        "print('committed', flush=True)\n"
        "conn.execute('BEGIN IMMEDIATE'); conn.execute('INSERT INTO t VALUES (2)')\n"
        "os.kill(os.getpid(), 9)\n"
    ) % (str(db.__file__).rsplit("/judge/", 1)[0], str(path))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -9 and "committed" in proc.stdout
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in conn.execute("SELECT x FROM t")] == [1]
