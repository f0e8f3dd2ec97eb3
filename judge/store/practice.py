"""Reading the submission history the statistics are computed from."""

from __future__ import annotations

import sqlite3

from judge.store.sessions import COMPLEXITY_STATUS_SQL


def practice_submissions(conn: sqlite3.Connection, since: str | None = None) -> list[sqlite3.Row]:
    """Every recorded submission (``since``: created at or after this UTC ISO time), oldest first.

    Rows carry the columns statistics need and the start time of their session
    (``session_started_at``, NULL outside sessions); never the source or the whole report.
    """
    columns = ("s.id, s.created_at, s.submitted_at, s.problem, s.patterns, s.verdict, s.passed, s.total, s.late, "
               f"s.session_id, s.failed_tags, {COMPLEXITY_STATUS_SQL.format(r='s.report')} AS complexity_status")
    query = (f"SELECT {columns}, x.started_at AS session_started_at FROM submissions s "
             "LEFT JOIN sessions x ON x.id = s.session_id")
    params: tuple = ()
    if since:
        query += " WHERE s.created_at >= ?"
        params = (since,)
    return conn.execute(query + " ORDER BY s.id", params).fetchall()


def last_accepted(conn: sqlite3.Connection) -> dict[str, str]:
    """For each problem, when it was last accepted in time (UTC ISO), for picking fresh problems."""
    rows = conn.execute("SELECT problem, MAX(created_at) FROM submissions "
                        "WHERE verdict = 'accepted' AND late = 0 GROUP BY problem")
    return {problem: at for problem, at in rows}
