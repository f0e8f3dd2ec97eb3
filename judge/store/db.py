"""Opening the database and migrating its schema.

The database is SQLite in WAL mode with ``synchronous=FULL``: each recorded
event is one transaction, committed before the user is told about it, so a
``kill -9`` at any moment loses nothing that was reported.  The schema version
lives in ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes version ``i`` to
``i + 1``, and runs inside ``BEGIN IMMEDIATE`` so two processes never migrate
at once.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from judge.paths import data_dir

DB_FILENAME = "judge.db"

MIGRATIONS: list[str] = [
    # 0 -> 1: submissions
    """
    CREATE TABLE submissions (
        id            INTEGER PRIMARY KEY,
        created_at    TEXT    NOT NULL,  -- UTC, ISO 8601
        problem       TEXT    NOT NULL,
        patterns      TEXT    NOT NULL,  -- JSON list of pattern slugs
        difficulty    TEXT    NOT NULL,
        file_path     TEXT    NOT NULL,
        source_sha256 TEXT    NOT NULL,
        source        TEXT    NOT NULL,
        mode          TEXT    NOT NULL,  -- submit
        verdict       TEXT    NOT NULL,
        passed        INTEGER NOT NULL,
        total         INTEGER NOT NULL,
        elapsed_s     REAL    NOT NULL,
        failed_tags   TEXT    NOT NULL,  -- JSON list: edge-case tags of the failing case
        report        TEXT    NOT NULL   -- JSON: the whole report
    );
    CREATE INDEX submissions_problem ON submissions (problem, created_at);
    """,
]


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def connect(path: Path | None = None) -> sqlite3.Connection:
    """Open the database, in autocommit mode, migrated to the latest schema."""
    conn = sqlite3.connect(str(path or database_path()), timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    if schema_version(conn) >= len(MIGRATIONS):
        return schema_version(conn)
    with transaction(conn):
        version = schema_version(conn)  # re-read under the write lock
        for step in range(version, len(MIGRATIONS)):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
    return schema_version(conn)


@contextmanager
def transaction(conn: sqlite3.Connection):
    """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
