"""Plans in the store: one per problem and session, replaced until the problem's first submission."""

from __future__ import annotations

import json
import sqlite3

from judge.store.db import transaction


class PlanTooLate(Exception):
    """The problem has a submission in the session already: its plan is fixed."""


def save_plan(conn: sqlite3.Connection, session_id: int, problem: str, plan: dict) -> None:
    """Record (or replace) the plan; PlanTooLate once the problem has a submission in the session."""
    with transaction(conn):
        submitted = conn.execute("SELECT 1 FROM submissions WHERE session_id = ? AND problem = ? LIMIT 1",
                                 (session_id, problem)).fetchone()
        if submitted:
            raise PlanTooLate(problem)
        conn.execute(
            "INSERT OR REPLACE INTO plans (session_id, problem, patterns, time, space, planned_at, pattern_recognised, "
            "time_vs_target, space_vs_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, problem, json.dumps(plan["patterns"]), plan["time"], plan["space"], plan["planned_at"],
             int(plan["pattern_recognised"]), plan["time_vs_target"], plan["space_vs_target"]))


def session_plans(conn: sqlite3.Connection, session_id: int) -> dict[str, sqlite3.Row]:
    """The session's plans by problem."""
    rows = conn.execute("SELECT * FROM plans WHERE session_id = ?", (session_id,)).fetchall()
    return {row["problem"]: row for row in rows}
