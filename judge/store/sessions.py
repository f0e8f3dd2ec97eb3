"""Sessions in the store: their rows, their problems, the warnings shown, their submissions.

Functions that write take a connection and either open their own transaction
(one event, one transaction) or, when their name ends in ``_in_tx``, expect
the caller to hold one, so that an event spanning several rows (closing a
session and recording its reviews) commits or vanishes as a whole.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from judge.store.db import transaction


class OpenSessionExists(Exception):
    """Another session is open; ``session_id`` names it."""

    def __init__(self, session_id: int):
        super().__init__(f"session {session_id} is open")
        self.session_id = session_id


@dataclass(frozen=True)
class NewSession:
    """A session about to be recorded; ``problems`` items carry slug, title, patterns (list), difficulty and
    file_path."""

    started_at: str
    deadline: str
    minutes: int
    blind: bool
    adaptive: bool
    workspace: str
    options: dict
    problems: list[dict]
    practice: bool = False


def insert_session(conn: sqlite3.Connection, session: NewSession) -> int:
    """Record a new open session and its problems in one transaction; its id.

    Raises OpenSessionExists when a session is already open (the unique index
    on open sessions makes this hold even for two processes starting at once).
    """
    s = session
    with transaction(conn):
        row = conn.execute("SELECT id FROM sessions WHERE ended_at IS NULL").fetchone()
        if row:
            raise OpenSessionExists(row["id"])
        cursor = conn.execute(
            "INSERT INTO sessions (started_at, deadline, minutes, blind, adaptive, practice, workspace, options) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (s.started_at, s.deadline, s.minutes, int(s.blind), int(s.adaptive), int(s.practice), s.workspace,
             json.dumps(s.options)))
        session_id = cursor.lastrowid
        assert session_id is not None  # set by the INSERT just made
        conn.executemany(
            "INSERT INTO session_problems (session_id, position, problem, title, patterns, difficulty, file_path) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(session_id, i, p["slug"], p["title"], json.dumps(list(p["patterns"])), p["difficulty"], p["file_path"])
             for i, p in enumerate(s.problems)])
    return session_id


def open_session(conn: sqlite3.Connection) -> sqlite3.Row | None:
    """The session not yet closed (there is at most one), deadline passed or not."""
    return conn.execute("SELECT * FROM sessions WHERE ended_at IS NULL").fetchone()


def get_session(conn: sqlite3.Connection, session_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()


def latest_session(conn: sqlite3.Connection) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM sessions ORDER BY id DESC LIMIT 1").fetchone()


def list_sessions(conn: sqlite3.Connection, limit: int | None = None) -> list[sqlite3.Row]:
    """Sessions, newest first."""
    return conn.execute("SELECT * FROM sessions ORDER BY id DESC LIMIT ?", (limit if limit else -1,)).fetchall()


def session_problems(conn: sqlite3.Connection, session_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM session_problems WHERE session_id = ? ORDER BY position",
                        (session_id,)).fetchall()


# The complexity report's time status (optimal, suboptimal, inconclusive), wherever the report JSON carries it.
COMPLEXITY_STATUS_SQL = ("COALESCE(json_extract({r}, '$.complexity.time.status'), "
                         "json_extract({r}, '$.extra.complexity.time.status'))")
SUBMISSION_COLUMNS = ("id, created_at, submitted_at, problem, patterns, verdict, passed, total, late, session_id, "
                      f"failed_tags, {COMPLEXITY_STATUS_SQL.format(r='report')} AS complexity_status, "
                      "json_extract(report, '$.complexity.time.claim.verdict') AS time_claim")


def session_submissions(conn: sqlite3.Connection, session_id: int, with_report: bool = False) -> list[sqlite3.Row]:
    """The session's submissions in the order they were recorded (the report JSON only when asked)."""
    columns = SUBMISSION_COLUMNS + (", report" if with_report else "")
    return conn.execute(f"SELECT {columns} FROM submissions WHERE session_id = ? ORDER BY id",
                        (session_id,)).fetchall()


def close_session_in_tx(conn: sqlite3.Connection, session_id: int, ended_at: str, reason: str) -> bool:
    """Mark the session closed; False when it was already closed (by another process, say)."""
    cursor = conn.execute("UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL",
                          (ended_at, reason, session_id))
    return cursor.rowcount == 1


def mark_warning(conn: sqlite3.Connection, session_id: int, thresholds: list[int], shown_at: str) -> list[int]:
    """Record that the warnings for ``thresholds`` were shown; the thresholds not recorded before.

    One transaction, so two commands racing past a threshold print its warning once between them.
    """
    new = []
    with transaction(conn):
        for minutes in thresholds:
            cursor = conn.execute("INSERT OR IGNORE INTO session_warnings (session_id, minutes, shown_at) "
                                  "VALUES (?, ?, ?)", (session_id, minutes, shown_at))
            if cursor.rowcount == 1:
                new.append(minutes)
    return new


def warnings_shown(conn: sqlite3.Connection, session_id: int) -> list[int]:
    rows = conn.execute("SELECT minutes FROM session_warnings WHERE session_id = ? ORDER BY minutes DESC",
                        (session_id,))
    return [r[0] for r in rows]
