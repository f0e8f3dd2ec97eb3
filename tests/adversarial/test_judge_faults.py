"""The judge's own faults: they end in one line that says what to do and exit code 3, never in a verdict
against the submission, and they leave no container behind.

Each runs ``judge submit`` as a user does (a subprocess), with a correct solution: whatever goes wrong
here is not the submission's doing.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORRECT = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"
SUBMISSIONS = Path(__file__).resolve().parent / "submissions"


def submit(file: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "judge", "submit", str(file), "--problem", "two-sum-ii"],
                          capture_output=True, text=True, env={**os.environ, **env}, timeout=300)


def one_line(proc) -> str:
    line = proc.stderr.strip()
    assert line and "\n" not in line and "Traceback" not in line, proc.stderr
    return line


def run_containers(client) -> list:
    from judge.sandbox.policy import RUN_LABEL

    return client.api.containers(all=True, filters={"label": f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"})


def recorded_submissions(judge_home: Path) -> int:
    database = judge_home / "judge.db"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT count(*) FROM submissions").fetchone()[0]


def test_engine_down_is_one_line_and_exit_3(tmp_path, judge_home):
    proc = submit(CORRECT, DOCKER_HOST=f"unix://{tmp_path}/no-engine.sock")
    assert proc.returncode == 3, proc.stderr
    line = one_line(proc)
    assert "no Docker engine answers" in line and "dockerd" in line
    assert recorded_submissions(judge_home) == 0


@pytest.mark.docker
def test_missing_image_is_one_line_and_exit_3(engine, judge_home):
    client, _ = engine
    missing = f"drill-judge-sandbox:py-missing-{uuid.uuid4().hex[:8]}"
    proc = submit(CORRECT, JUDGE_SANDBOX_IMAGE=missing)
    assert proc.returncode == 3, proc.stderr
    line = one_line(proc)
    assert f"sandbox image {missing} is not built" in line and "unset JUDGE_SANDBOX_IMAGE" in line
    assert run_containers(client) == [] and recorded_submissions(judge_home) == 0


@pytest.fixture(scope="module")
def broken_image(engine):
    """The sandbox image with an entrypoint that does not exist: the container's init cannot start the runner."""
    client, image = engine
    tag = f"drill-judge-sandbox-broken:{uuid.uuid4().hex[:8]}"
    dockerfile = f'FROM {image.tag}\nENTRYPOINT ["/nonexistent/init"]\n'.encode()
    client.images.build(fileobj=io.BytesIO(dockerfile), tag=tag, rm=True, forcerm=True)
    yield tag
    client.images.remove(tag, force=True)


@pytest.mark.docker
def test_container_that_cannot_start_is_the_judges_fault(engine, broken_image, judge_home):
    client, _ = engine
    proc = submit(CORRECT, JUDGE_SANDBOX_IMAGE=broken_image)
    assert proc.returncode == 3, (proc.returncode, proc.stdout, proc.stderr)  # not 1: no verdict was reached
    line = one_line(proc)
    assert "the sandbox did not start" in line and "/nonexistent/init" in line and "judge sandbox check" in line
    assert run_containers(client) == [] and recorded_submissions(judge_home) == 0


@pytest.mark.docker
def test_create_arguments_the_engine_rejects_raise_and_leave_nothing(engine, judge_home):
    """Arguments the engine refuses (a memory limit under its minimum) raise from grade, as engine errors;
    `judge submit` turns those into exit 3 (judge/judging.py)."""
    import copy
    from dataclasses import replace

    import docker

    from judge.grading.grader import GradeRequest, grade
    from judge.packs.loader import find_problem

    client, image = engine
    problem = copy.copy(find_problem("two-sum-ii"))
    problem.limits = replace(problem.limits, memory_mb=4)
    with pytest.raises(docker.errors.APIError, match="[Mm]emory"):
        grade(GradeRequest(client, image, problem, CORRECT.read_text(), database_dir=judge_home / "hypothesis"))
    assert run_containers(client) == []
    assert not (judge_home / "staging").exists() or list((judge_home / "staging").iterdir()) == []


@pytest.mark.docker
def test_invalid_text_from_the_sandbox_prints_and_records(engine, judge_home):
    """Lone surrogates and invalid UTF-8 from a submission reach the terminal and the store as valid text
    (before the fix, text output crashed with exit 4 after the submission was recorded)."""
    client, _ = engine
    file = judge_home / "invalid_utf8.py"
    file.write_text((SUBMISSIONS / "invalid_utf8.py").read_text())
    proc = submit(file)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "Wrong Answer" in proc.stdout and "\\udcff" in proc.stdout
    assert recorded_submissions(judge_home) == 1
    assert run_containers(client) == []
