"""Spaced-repetition reviews: one FSRS rating per pattern per closed session.

Reviews are the only scheduling state that is stored; a pattern's FSRS card
is rebuilt by replaying its reviews (judge.stats.schedule), so the card can
never disagree with the history it came from.
"""

from __future__ import annotations

import sqlite3


def insert_reviews_in_tx(conn: sqlite3.Connection, session_id: int, reviewed_at: str,
                         reviews: list[tuple[str, int, str]]) -> None:
    """Record (pattern, rating, reason) reviews for a session; the caller holds the transaction."""
    conn.executemany("INSERT OR IGNORE INTO reviews (session_id, pattern, rating, reviewed_at, reason) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(session_id, pattern, rating, reviewed_at, reason) for pattern, rating, reason in reviews])


def all_reviews(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every review, oldest first, as replay needs them."""
    return conn.execute("SELECT * FROM reviews ORDER BY reviewed_at, id").fetchall()


def session_reviews(conn: sqlite3.Connection, session_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM reviews WHERE session_id = ? ORDER BY pattern", (session_id,)).fetchall()
