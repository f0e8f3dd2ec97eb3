"""A user's own records, as the local store holds them (GET /v1/records), and the local session code run on them.

The rows of the local tables that belong to the caller, with the local tables' columns only: the CLI
loads them into a store in memory (judge/store/snapshot.py) and runs the local code on them, so `judge
stats` and `judge start` over the service compute what they compute locally, with no second copy.
Pending submissions are left out (the local store has none), and so is each submission's source,
which no view reads: the download stays small.

The service runs the local code that writes (`judge hint`, `judge plan`) the same way, on its side:
run_on_records loads the user's records into a store in memory, runs the command there, and stores the
rows it wrote on PostgreSQL, so the rules (which hint is next, when a plan is fixed) are the local ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, MetaData, select
from sqlalchemy.dialects.postgresql import insert

from judge.service.database import TABLES
from judge.store.schema import judge_tables
from judge.store.snapshot import RECORD_TABLES, records_store

T = TypeVar("T")

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


def run_on_records(conn: Connection, user_id: int, action: Callable[[sqlite3.Connection], T],
                   written: tuple[str, ...]) -> T:
    """``action(store)``, the local session code, on a store in memory holding the user's records; then the
    rows it added (or replaced) in the ``written`` tables are stored on PostgreSQL as the user's, in the
    caller's transaction.  The user's row is locked meanwhile, so one user's commands take turns, as
    BEGIN IMMEDIATE makes them locally."""
    users = TABLES["users"]
    conn.execute(select(users.c.id).where(users.c.id == user_id).with_for_update())
    store = records_store(user_records(conn, user_id))
    try:
        before = {name: set(_rows(store, name)) for name in written}
        result = action(store)
        for name in written:
            added = [row for row in _rows(store, name) if row not in before[name]]
            if added:
                _store_rows(conn, name, user_id, [dict(zip(LOCAL_COLUMNS[name], row)) for row in added])
    finally:
        store.close()
    return result


def _rows(store: sqlite3.Connection, name: str) -> list[tuple]:
    return [tuple(row) for row in store.execute(f"SELECT {', '.join(LOCAL_COLUMNS[name])} FROM {name}")]


def _store_rows(conn: Connection, name: str, user_id: int, rows: list[dict]) -> None:
    """Insert rows made in the store in memory: a numbered row gets its number from PostgreSQL, a row keyed
    otherwise (a plan: session and problem) replaces the one it replaced there."""
    table = TABLES[name]
    keys = [c.name for c in table.primary_key.columns]
    for row in rows:
        values = {k: v for k, v in row.items() if keys != ["id"] or k != "id"}
        if "user_id" in table.c:
            values["user_id"] = user_id
        statement = insert(table).values(**values)
        if keys != ["id"]:
            statement = statement.on_conflict_do_update(index_elements=keys,
                                                        set_={k: v for k, v in values.items() if k not in keys})
        conn.execute(statement)
