"""A store in memory holding someone's records as rows of the local tables.

The judge service sends a user's own records this way (GET /v1/records, judge/service/records.py); the CLI
loads them here and runs the local code on them (`judge stats`, `judge start`'s choice of problems), so
what it prints over the service is what it prints locally for the same history, by the same code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from judge.store.db import connect, transaction

# Parents before children (foreign keys are on).
RECORD_TABLES = ("sessions", "session_problems", "session_warnings", "submissions", "reviews", "hints", "plans",
                 "case_checks")


def records_store(records: dict[str, list[dict]]) -> sqlite3.Connection:
    """A new in-memory database at the local schema holding ``records`` (table name: rows as dicts).

    Each row keeps only the columns the local table has; a table not named is left empty, an unknown one is
    refused (ValueError), as is a row the local schema would not take (sqlite3.IntegrityError)."""
    unknown = set(records) - set(RECORD_TABLES)
    if unknown:
        raise ValueError(f"not a table of the local store: {', '.join(sorted(unknown))}")
    conn = connect(Path(":memory:"))
    try:
        with transaction(conn):
            for table in RECORD_TABLES:
                rows = records.get(table) or []
                if not rows:
                    continue
                columns = [c["name"] for c in conn.execute(f"PRAGMA table_info({table})").fetchall()]
                kept = [c for c in columns if c in rows[0]]
                conn.executemany(f"INSERT INTO {table} ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                                 [tuple(row.get(c) for c in kept) for row in rows])
    except BaseException:
        conn.close()
        raise
    return conn
