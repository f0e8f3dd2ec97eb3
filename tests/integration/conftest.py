"""The cohort service's real parts for the tests: a fresh PostgreSQL database, a Redis database, and
`judge serve` / `judge worker` processes, each stopped (its whole process group) when the test ends.

JUDGE_TEST_POSTGRES (a URL whose user may create databases) and JUDGE_TEST_REDIS name the servers
(.ci/run starts both); without them the tests skip, except under JUDGE_REQUIRE_DOCKER=1 (CI), where
they fail.
"""

from __future__ import annotations

import os
import uuid

import pytest
from service_parts import Service, sandbox_containers_left

REQUIRE = os.environ.get("JUDGE_REQUIRE_DOCKER") == "1"
POSTGRES = os.environ.get("JUDGE_TEST_POSTGRES", "postgresql://judge:judge@127.0.0.1/postgres")
REDIS = os.environ.get("JUDGE_TEST_REDIS", "redis://127.0.0.1:6379")


def _unavailable(what: str) -> None:
    if REQUIRE:
        pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but {what}")
    pytest.skip(what)


@pytest.fixture(scope="module")
def service_db():
    """A new, migrated database on the test PostgreSQL server, dropped afterwards: its URL."""
    sqlalchemy = pytest.importorskip("sqlalchemy")
    admin = sqlalchemy.create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://"),
                                     isolation_level="AUTOCOMMIT")
    name = f"judge_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
    except sqlalchemy.exc.OperationalError as exc:
        admin.dispose()
        _unavailable(f"no PostgreSQL at {POSTGRES.split('@')[-1]} ({str(exc).splitlines()[0][:120]})")
    url = POSTGRES.rsplit("/", 1)[0] + "/" + name
    from judge.service.database import engine_for, migrate

    migrate(url)
    yield url
    engine_for(url).dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def broker_url():
    """A Redis database of its own (1-15, by pid), emptied before and after: its URL."""
    redis = pytest.importorskip("redis")
    url = f"{REDIS.rstrip('/')}/{1 + os.getpid() % 15}"
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError as exc:
        _unavailable(f"no Redis at {REDIS} ({exc})")
    yield url
    client.flushdb()
    client.close()


@pytest.fixture
def service(service_db, broker_url, tmp_path, engine):
    """The service's processes, started by the test, every one stopped at its end; their sandbox
    containers (warm ones included) are gone afterwards."""
    running = Service(service_db, broker_url, tmp_path / "service")
    running.root.mkdir()
    yield running
    running.stop_all()
    # A stopped worker discards its warm containers; a killed one's are discarded by the test that killed it.
    client, _ = engine
    left = sandbox_containers_left(client, timeout=20)
    assert left == [], f"sandbox containers left behind: {[c['Names'] for c in left]}"
