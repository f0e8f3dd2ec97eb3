"""Opening the database and migrating its schema.

The database is SQLite in WAL mode with ``synchronous=FULL``: each recorded
event is one transaction, committed before the user is told about it, so a
``kill -9`` at any moment loses nothing that was reported.  The schema version
lives in ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes version ``i`` to
``i + 1``, and runs inside ``BEGIN IMMEDIATE`` so two processes never migrate
at once.

A damaged file (truncated, overwritten, not a database) is reported as
judge.errors.DamagedData naming the file and the way back (``judge data
restore``); the user's database is kept in rolling backups (judge.store.backup),
the first of each day made by the first command that opens it.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from judge.errors import DamagedData
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
    # 3 -> 4: interview mode (sessions before it showed everything: practice) and the hints shown
    """
    ALTER TABLE sessions ADD COLUMN practice INTEGER NOT NULL DEFAULT 1;  -- 0: interview mode
    CREATE TABLE hints (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER REFERENCES sessions (id),  -- NULL: shown outside a session
        problem     TEXT    NOT NULL,
        hint        INTEGER NOT NULL,  -- its number, from 1
        shown_at    TEXT    NOT NULL,  -- UTC, ISO 8601
        UNIQUE (session_id, problem, hint)
    );
    CREATE INDEX hints_problem ON hints (problem, session_id);
    """,
    # 4 -> 5: the plan stated before coding (judge plan), scored when shown: at the first in-time accept
    """
    CREATE TABLE plans (
        session_id          INTEGER NOT NULL REFERENCES sessions (id),
        problem             TEXT    NOT NULL,
        patterns            TEXT    NOT NULL,  -- JSON list: the patterns the candidate named
        time                TEXT    NOT NULL,  -- the claimed complexities, as written
        space               TEXT    NOT NULL,
        planned_at          TEXT    NOT NULL,  -- UTC, ISO 8601 (a later plan replaces it until the first submission)
        pattern_recognised  INTEGER NOT NULL,  -- a pattern of the problem was named
        time_vs_target      TEXT    NOT NULL,  -- optimal, weaker or impossible
        space_vs_target     TEXT    NOT NULL,
        PRIMARY KEY (session_id, problem)
    );
    """,
    # 5 -> 6: the candidate's own cases checked (judge cases): how many known bugs they caught
    """
    CREATE TABLE case_checks (
        id                  INTEGER PRIMARY KEY,
        session_id          INTEGER REFERENCES sessions (id),  -- NULL: checked outside a session
        problem             TEXT    NOT NULL,
        checked_at          TEXT    NOT NULL,  -- UTC, ISO 8601
        cases               INTEGER NOT NULL,
        wrong_expectations  INTEGER NOT NULL,
        caught              INTEGER NOT NULL,  -- known bugs some case caught
        tried               INTEGER NOT NULL,  -- known bugs run
        result              TEXT    NOT NULL   -- JSON: the whole result (judge.grading.own_cases)
    );
    CREATE INDEX case_checks_session ON case_checks (session_id, problem, id);
    """,
]


def database_path() -> Path:
    return data_dir() / DB_FILENAME


def connect(path: Path | None = None, daily_backup: bool = True) -> sqlite3.Connection:
    """Open the database, in autocommit mode, migrated to the latest schema.

    Without ``path``, the user's database: refused as damaged when it is empty
    while backups exist (a truncation, not a fresh install), and backed up when
    the newest backup is a day old (judge.store.backup.backup_if_due) unless
    ``daily_backup`` is off.  A file SQLite finds damaged raises
    judge.errors.DamagedData.
    """
    target = Path(path) if path is not None else database_path()
    if path is None:
        _refuse_emptied(target)
    conn = None
    try:
        conn = sqlite3.connect(str(target), timeout=30, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
        if path is None and daily_backup:
            from judge.store.backup import backup_if_due

            backup_if_due(conn)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if is_damage(exc):
            raise damaged_error(target, str(exc)) from None
        raise
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return conn


# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB.
DAMAGE_CODES = (11, 26)


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying a file is damaged (not busy, locked, read-only or missing)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def damaged_error(path: Path, reason: str) -> DamagedData:
    """The one-line error for a damaged database at ``path``: the file, why, and the way back."""
    from judge.store.backup import list_backups

    if path.resolve() == database_path().resolve() and list_backups():
        fix = ("restore the last good backup with `judge data restore` (the damaged file is kept aside), "
               "or move the file away to start afresh")
    else:
        fix = f"no backup exists; move the file away to start afresh (`mv {path} {path}.damaged`), keeping it"
    return DamagedData(f"the judge's database {path} is damaged ({reason})", fix)


def _refuse_emptied(path: Path) -> None:
    """A zero-byte database where backups exist was truncated: SQLite would silently start afresh on it."""
    try:
        emptied = path.stat().st_size == 0 and not _nonempty(path.with_name(path.name + "-wal"))
    except FileNotFoundError:
        return
    if emptied:
        from judge.store.backup import list_backups

        if list_backups():
            raise damaged_error(path, "the file is empty")


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


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
        if conn.in_transaction:  # SQLite may have rolled back already (a damaged or full disk): keep the cause
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
