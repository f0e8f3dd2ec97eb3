"""A user's own records, as the local store holds them (GET /v1/records).

The rows of the local tables that belong to the caller, with the local tables' columns only: the CLI
loads them into a store in memory (judge/store/snapshot.py) and runs the local code on them, so `judge
stats` and `judge start` over the service compute what they compute locally, with no second copy.
Pending submissions are left out (the local store has none), and so is each submission's source,
which no view reads: the download stays small.
"""

from __future__ import annotations

from sqlalchemy import Connection, MetaData, select

from judge.service.database import TABLES
from judge.store.schema import judge_tables
from judge.store.snapshot import RECORD_TABLES

LOCAL_COLUMNS = {name: [c.name for c in table.columns]
                 for name, table in judge_tables(MetaData()).items() if name in RECORD_TABLES}


def user_records(conn: Connection, user_id: int) -> dict[str, list[dict]]:
    """Every row of the local tables that is ``user_id``'s, oldest first."""
    sessions, submissions = TABLES["sessions"], TABLES["submissions"]
    own_sessions = select(sessions.c.id).where(sessions.c.user_id == user_id).scalar_subquery()
    records = {}
    for name in RECORD_TABLES:
        table = TABLES[name]
        if "user_id" in table.c:
            query = select(table).where(table.c.user_id == user_id)
        else:  # rows of a session: the session says whose they are
            query = select(table).where(table.c.session_id.in_(own_sessions))
        if name == "submissions":
            query = query.where(submissions.c.verdict.is_not(None))
        keys = [c for c in table.primary_key.columns] or [table.c.session_id]
        rows = conn.execute(query.order_by(*keys)).mappings()
        records[name] = [{c: ("" if name == "submissions" and c == "source" else row[c]) for c in LOCAL_COLUMNS[name]}
                         for row in rows]
    return records
