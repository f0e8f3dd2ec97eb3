"""Shared fixtures.

Tests marked ``docker`` need the real engine and the sandbox image.  Without
them they skip, except under JUDGE_REQUIRE_DOCKER=1 (CI), where they fail.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

import pytest
from needed_programs import require_program

# Labels every sandbox container this test run starts (subprocesses inherit it), so leftover checks
# see only this run's containers even when other judges run on the same engine.
os.environ.setdefault("JUDGE_RUN_ID", f"pytest-{uuid.uuid4().hex[:12]}")

# A run started in the background of a non-interactive shell (`cmd &`, nohup) inherits SIGINT ignored, and
# an ignored signal stays ignored across exec: no judge the tests start would see Ctrl-C.  The tests of
# Ctrl-C need it as a terminal delivers it, so the run restores it; the judges inherit the default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

REPO = Path(__file__).resolve().parent.parent
REQUIRE_DOCKER = os.environ.get("JUDGE_REQUIRE_DOCKER") == "1"


@pytest.fixture
def faketime() -> str:
    """libfaketime's `faketime`, which moves the system clock of one process from outside."""
    return require_program("faketime", "faketime")


@pytest.fixture(autouse=True)
def judge_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data dir, so nothing touches the user's."""
    home = tmp_path_factory.mktemp("judge-home")
    monkeypatch.setenv("JUDGE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def engine():
    """A Docker client whose engine answers and which has the sandbox image: (client, SandboxImage)."""
    from judge.errors import EnvironmentProblem
    from judge.sandbox.engine import connect
    from judge.sandbox.image import require_image
    from judge.sandbox.runtimes import load_runtime

    try:
        client = connect()
        image = require_image(client, load_runtime())
    except EnvironmentProblem as exc:
        if REQUIRE_DOCKER:
            pytest.fail(f"JUDGE_REQUIRE_DOCKER=1 but {exc.one_line()}")
        pytest.skip(exc.one_line())
    yield client, image
    client.close()


@pytest.fixture
def no_leftover_containers(engine):
    """Assert that a test leaves no sandbox container behind."""
    from judge.sandbox.policy import RUN_LABEL

    client, _ = engine
    yield
    # A warm container used in a session is removed by a detached helper after the verdict: allow it time.
    deadline = time.monotonic() + 15
    while True:
        left = client.api.containers(all=True, filters={"label": f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"})
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert left == [], f"sandbox containers left behind: {[c['Id'][:12] for c in left]}"


@pytest.fixture
def write_submission(tmp_path):
    """Write a submission's source to a file and return its path."""
    counter = iter(range(10_000))

    def write(source: str, name: str | None = None) -> Path:
        path = tmp_path / (name or f"submission_{next(counter)}.py")
        path.write_text(source)
        return path

    return write
