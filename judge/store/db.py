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
    # 1 -> 2: timed sessions; a submission may belong to one, and may be late
    """
    CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT    NOT NULL,  -- UTC, ISO 8601
        deadline    TEXT    NOT NULL,  -- UTC, ISO 8601
        minutes     INTEGER NOT NULL,
        blind       INTEGER NOT NULL DEFAULT 0,
        adaptive    INTEGER NOT NULL DEFAULT 0,
        workspace   TEXT    NOT NULL,
        options     TEXT    NOT NULL DEFAULT '{}',  -- JSON: the start options
        ended_at    TEXT,                           -- NULL while the session is open
        end_reason  TEXT                            -- ended (judge end) or deadline (first command after it)
    );
    CREATE UNIQUE INDEX sessions_one_open ON sessions ((ended_at IS NULL)) WHERE ended_at IS NULL;
    CREATE TABLE session_problems (
        session_id  INTEGER NOT NULL REFERENCES sessions (id),
        position    INTEGER NOT NULL,
        problem     TEXT    NOT NULL,
        title       TEXT    NOT NULL,
        patterns    TEXT    NOT NULL,  -- JSON list of pattern slugs
        difficulty  TEXT    NOT NULL,
        file_path   TEXT    NOT NULL,  -- the starter file in the workspace
        PRIMARY KEY (session_id, problem)
    );
    CREATE TABLE session_warnings (
        session_id  INTEGER NOT NULL REFERENCES sessions (id),
        minutes     INTEGER NOT NULL,  -- the threshold: 15, 5 or 1 minutes left
        shown_at    TEXT    NOT NULL,
        PRIMARY KEY (session_id, minutes)
    );
    ALTER TABLE submissions ADD COLUMN session_id INTEGER REFERENCES sessions (id);
    ALTER TABLE submissions ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE submissions ADD COLUMN submitted_at TEXT;  -- UTC: when the submit command began (in sessions)
    CREATE INDEX submissions_session ON submissions (session_id, id);
    """,
    # 2 -> 3: spaced repetition; one FSRS review per pattern per closed session
    """
    CREATE TABLE reviews (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions (id),
        pattern     TEXT    NOT NULL,
        rating      INTEGER NOT NULL,  -- FSRS rating: 1 again, 2 hard, 3 good, 4 easy
        reviewed_at TEXT    NOT NULL,  -- UTC, ISO 8601
        reason      TEXT    NOT NULL,
        UNIQUE (session_id, pattern)
    );
    CREATE INDEX reviews_pattern ON reviews (pattern, reviewed_at);
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
