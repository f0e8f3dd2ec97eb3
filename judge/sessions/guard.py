"""What every command does first: close a session whose deadline passed, or warn as the deadline nears.

Warnings come at 15, 5 and 1 minutes left, one line on stderr, each once:
the thresholds shown are recorded in the database, so the warning is printed
once across all commands and terminals.  When the first command after a
threshold comes later than the next one, only the most urgent is printed.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from judge import clock
from judge.sessions.lifecycle import close, expired, remaining_s
from judge.store.sessions import mark_warning, open_session

THRESHOLDS_MIN = (15, 5, 1)
# `submit` records a late submission against the session before closing it; `end` closes it and prints the summary.
CLOSE_THEMSELVES = {"submit", "end"}


def warning_line(session, now: datetime, threshold: int) -> str:
    left = remaining_s(session, now)
    return (f"warning: {threshold}-minute mark: {clock.clock_text(left)} left in session {session['id']} "
            f"(deadline {clock.local_text(session['deadline'])}); `judge status` shows where you stand")


def closed_line(session_id: int, session) -> str:
    return (f"note: session {session_id} reached its deadline ({clock.local_text(session['deadline'])}) and is now "
            "closed; `judge end` prints its summary")


def check(conn: sqlite3.Connection, command: str | None, now: datetime | None = None) -> list[str]:
    """The lines to print on stderr before ``command`` runs (closing an expired session on the way)."""
    session = open_session(conn)
    if session is None:
        return []
    now = now or clock.now()
    if expired(session, now):
        if command in CLOSE_THEMSELVES:
            return []
        return [closed_line(session["id"], session)] if close(conn, session["id"], now, "deadline") else []
    left = remaining_s(session, now)
    crossed = [t for t in THRESHOLDS_MIN if left <= t * 60]
    if not crossed:
        return []
    new = mark_warning(conn, session["id"], crossed, clock.iso(now))
    return [warning_line(session, now, min(crossed))] if min(crossed) in new else []


def before_command(command: str | None) -> list[str]:
    """check() against the user's database; nothing at all on a fresh install (no database is created)."""
    from judge.store.db import connect, database_path

    if command == "data" or not database_path().exists():  # `judge data` checks and repairs the database itself
        return []
    conn = connect()
    try:
        return check(conn, command)
    finally:
        conn.close()
