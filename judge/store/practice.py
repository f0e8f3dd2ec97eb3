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


def session_attempts(conn: sqlite3.Connection, since: str | None = None) -> list[dict]:
    """Every problem of every session (``since``: sessions started at or after it), with what the interview
    skills are measured from: its patterns, its plan's scores (NULL: no plan), the hints shown before its first
    in-time accept (all, if none), that accept's claim verdict and the latest `judge cases` test strength."""
    query = """
        SELECT p.session_id, p.problem, p.patterns, x.started_at,
               pl.pattern_recognised,
               (SELECT MIN(COALESCE(s.submitted_at, s.created_at)) FROM submissions s
                 WHERE s.session_id = p.session_id AND s.problem = p.problem
                   AND s.verdict = 'accepted' AND s.late = 0) AS accepted_at,
               (SELECT json_extract(s.report, '$.complexity.time.claim.verdict') FROM submissions s
                 WHERE s.session_id = p.session_id AND s.problem = p.problem
                   AND s.verdict = 'accepted' AND s.late = 0 ORDER BY s.id LIMIT 1) AS time_claim,
               (SELECT CASE WHEN c.tried > 0 THEN 1.0 * c.caught / c.tried END FROM case_checks c
                 WHERE c.session_id = p.session_id AND c.problem = p.problem ORDER BY c.id DESC LIMIT 1)
                 AS test_strength
        FROM session_problems p
        JOIN sessions x ON x.id = p.session_id
        LEFT JOIN plans pl ON pl.session_id = p.session_id AND pl.problem = p.problem
    """
    params: tuple = ()
    if since:
        query += " WHERE x.started_at >= ?"
        params = (since,)
    rows = conn.execute(query + " ORDER BY p.session_id, p.position", params).fetchall()
    hints = conn.execute("SELECT session_id, problem, hint, shown_at FROM hints WHERE session_id IS NOT NULL")
    shown: dict[tuple, list] = {}
    for h in hints:
        shown.setdefault((h["session_id"], h["problem"]), []).append(h)
    out = []
    for row in rows:
        before = [h["hint"] for h in shown.get((row["session_id"], row["problem"]), [])
                  if row["accepted_at"] is None or h["shown_at"] <= row["accepted_at"]]
        out.append({**dict(row), "hints_used": max(before, default=0)})
    return out


def submission_times(conn: sqlite3.Connection, since: str | None = None) -> list[str]:
    """When each submission was made (UTC ISO; ``since``: at or after it), oldest first: for the calendar."""
    query = "SELECT COALESCE(submitted_at, created_at) FROM submissions"
    params: tuple = ()
    if since:
        query, params = query + " WHERE created_at >= ?", (since,)
    return [at for (at,) in conn.execute(query + " ORDER BY id", params)]
