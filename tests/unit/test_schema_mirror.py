"""The one Core definition (judge/store/schema.py) against the local store's hand-written migrations."""

import sqlite3

import pytest

sqlalchemy = pytest.importorskip("sqlalchemy")

from judge.store.db import MIGRATIONS, connect  # noqa: E402
from judge.store.schema import judge_tables  # noqa: E402


def _shape(conn: sqlite3.Connection) -> dict:
    """Every table's columns (name, type, not null, default, primary key position) and its indexes' columns."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    shape = {}
    for table in tables:
        # An INTEGER PRIMARY KEY is the rowid, never NULL, whether NOT NULL is written or not.
        columns = [(r[1], r[2].upper(), r[3] or int(r[5] > 0), r[4], r[5])
                   for r in conn.execute(f"PRAGMA table_info({table})")]
        indexes = sorted(tuple(c[2] for c in conn.execute(f"PRAGMA index_info({r[1]})"))
                         for r in conn.execute(f"PRAGMA index_list({table})"))
        foreign = sorted((r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({table})"))
        shape[table] = {"columns": sorted(columns), "indexes": indexes, "foreign_keys": foreign}
    return shape


def test_core_definition_matches_the_local_migrations(tmp_path):
    local = connect(tmp_path / "local.db", daily_backup=False)
    assert local.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 6
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'core.db'}")
    metadata = sqlalchemy.MetaData()
    judge_tables(metadata)
    metadata.create_all(engine)
    engine.dispose()
    core = sqlite3.connect(tmp_path / "core.db")
    expected, got = _shape(local), _shape(core)
    assert set(got) == set(expected)
    for table in expected:
        assert got[table] == expected[table], table
    # The one expression index (PRAGMA shows no column for it): the same expression and condition.
    index_sql = "SELECT sql FROM sqlite_master WHERE name = 'sessions_one_open'"
    local_sql, core_sql = (" ".join(c.execute(index_sql).fetchone()[0].replace('"', "").split()) for c in (local, core))
    assert "(ended_at IS NULL)" in core_sql and core_sql.endswith("WHERE ended_at IS NULL"), core_sql
    assert local_sql.endswith("WHERE ended_at IS NULL"), local_sql


def test_service_variant_owns_rows_and_keeps_verdicts_nullable():
    metadata = sqlalchemy.MetaData()
    tables = judge_tables(metadata, owned=True)
    for name in ("sessions", "submissions", "hints", "case_checks"):
        assert not tables[name].c.user_id.nullable, name
    assert tables["submissions"].c.verdict.nullable
    assert list(tables["gradings"].primary_key.columns.keys()) == ["submission_id"]
