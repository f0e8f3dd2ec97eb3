"""`judge cases` results in the store: per problem and session (or none), newest last."""

from __future__ import annotations

import json
import sqlite3

from judge.store.db import transaction


def record_case_check(conn: sqlite3.Connection, session_id: int | None, problem: str, checked_at: str,
                      result: dict) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO case_checks (session_id, problem, checked_at, cases, wrong_expectations, caught, "
                     "tried, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (session_id, problem, checked_at, len(result["cases"]), result["wrong_expectations"],
                      result["caught"], result["tried"], json.dumps(result)))


def session_test_strengths(conn: sqlite3.Connection, session_id: int) -> dict[str, float | None]:
    """The latest check of each problem of the session: its test strength (caught / tried; None: none tried)."""
    rows = conn.execute("SELECT problem, caught, tried FROM case_checks WHERE session_id = ? ORDER BY id",
                        (session_id,)).fetchall()
    return {row["problem"]: (round(row["caught"] / row["tried"], 4) if row["tried"] else None) for row in rows}
