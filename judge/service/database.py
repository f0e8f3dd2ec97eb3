"""The service's store: the judge's tables (judge/store/schema.py, owned by users) on PostgreSQL.

``MIGRATIONS[i]`` takes the service schema from version ``i`` to ``i + 1``; the
version is the one row of ``service_schema``.  ``migrate`` runs under a
PostgreSQL advisory lock, so two ``judge server init`` at once migrate once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from sqlalchemy import Connection, Engine, MetaData, create_engine, inspect, select, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from judge.errors import EnvironmentProblem, UsageError
from judge.store.schema import judge_tables

METADATA = MetaData()
TABLES = judge_tables(METADATA, owned=True)
users = TABLES["users"]
sessions = TABLES["sessions"]
session_problems = TABLES["session_problems"]
submissions = TABLES["submissions"]
gradings = TABLES["gradings"]
groups = TABLES["groups"]
service_schema = TABLES["service_schema"]

MIGRATION_LOCK = 7_211_913  # the advisory lock key: any constant the service alone uses


def _create_v1(conn: Connection) -> None:
    METADATA.create_all(conn)


# Each step takes a connection inside the migration's transaction; a later step alters what v1 made.
MIGRATIONS: list[Callable[[Connection], None]] = [_create_v1]


def database_url(url: str) -> str:
    """A PostgreSQL URL for SQLAlchemy with the psycopg 3 driver; UsageError for anything else."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    raise UsageError(f"--db {url!r} is not a PostgreSQL URL",
                     "give postgresql://USER:PASSWORD@HOST/DATABASE")


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    """One pooled engine per URL and process (Celery's pool children make their own after the fork)."""
    engine = create_engine(database_url(url), pool_pre_ping=True, pool_size=5, max_overflow=5)
    _engines_made.append(engine)
    return engine


_engines_made: list[Engine] = []


def forget_engines() -> None:
    """After a fork: leave the parent's pooled connections to the parent, and make new engines on demand."""
    for engine in _engines_made:
        engine.dispose(close=False)
    _engines_made.clear()
    engine_for.cache_clear()


def unreachable(url: str, exc: BaseException) -> EnvironmentProblem:
    shown = url.split("@")[-1]  # never echo the password
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return EnvironmentProblem(f"the service database at {shown} did not answer ({reason})",
                              "start PostgreSQL, or check --db")


def schema_version(conn: Connection) -> int:
    if not inspect(conn).has_table("service_schema"):
        return 0
    return conn.execute(select(service_schema.c.version)).scalar_one_or_none() or 0


def migrate(url: str) -> tuple[int, int]:
    """Create or migrate the schema; (version before, version now)."""
    try:
        with engine_for(url).begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            before = schema_version(conn)
            for step in range(before, len(MIGRATIONS)):
                MIGRATIONS[step](conn)
            conn.execute(service_schema.delete())
            conn.execute(service_schema.insert().values(version=len(MIGRATIONS)))
    except OperationalError as exc:
        raise unreachable(url, exc) from None
    return before, len(MIGRATIONS)


def require_schema(url: str) -> None:
    """EnvironmentProblem unless the schema is there and current (serve and worker start only then)."""
    try:
        with engine_for(url).connect() as conn:
            version = schema_version(conn)
    except SQLAlchemyError as exc:
        raise unreachable(url, exc) from None
    if version != len(MIGRATIONS):
        raise EnvironmentProblem(f"the service database is at schema version {version}, not {len(MIGRATIONS)}",
                                 "run `judge server init --db URL` first")
