"""Hints shown, in the store: which hint of which problem, in which session (or none), when."""

from __future__ import annotations

import sqlite3

from judge.store.db import transaction


def record_next_hint(conn: sqlite3.Connection, problem: str, session_id: int | None, available: int,
                     shown_at: str) -> int | None:
    """Record that the next hint of ``problem`` is shown; its number (from 1), or None when all
    ``available`` hints were shown already.  Counted per session; outside sessions, across them all."""
    with transaction(conn):
        shown = hints_shown(conn, problem, session_id)
        if shown >= available:
            return None
        conn.execute("INSERT INTO hints (session_id, problem, hint, shown_at) VALUES (?, ?, ?, ?)",
                     (session_id, problem, shown + 1, shown_at))
    return shown + 1


def hints_shown(conn: sqlite3.Connection, problem: str, session_id: int | None) -> int:
    row = conn.execute("SELECT MAX(hint) AS n FROM hints WHERE problem = ? AND session_id IS ?",
                       (problem, session_id)).fetchone()
    return row["n"] or 0


def session_hints(conn: sqlite3.Connection, session_id: int) -> list[sqlite3.Row]:
    """The hints a session showed (problem, hint, shown_at), in the order they were shown."""
    return conn.execute("SELECT problem, hint, shown_at FROM hints WHERE session_id = ? ORDER BY id",
                        (session_id,)).fetchall()
