"""Each part of the cohort service stopped and started again with submissions in flight: a worker
(SIGTERM), Redis, PostgreSQL and the API.  Every submission ends with exactly one verdict, the right one;
none is lost; no sandbox container is left; a client sees one-line errors while a part is down, never a
traceback.  Each test has its own PostgreSQL and Redis servers (a temporary folder, a free loopback
port), so restarting them disturbs no other test.  (A worker killed with SIGKILL mid-grading:
test_service_delivery.py.)"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from needed_programs import require_program
from service_parts import (
    PrivatePostgres,
    PrivateRedis,
    Service,
    add_user,
    owned_folder,
    postgres_bin,
    sandbox_containers_left,
)

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
# What each in-flight submission must end as: accepted, wrong and too slow (about 3 s), one of each and more.
MIX = [("accepted/two_pointers.py", "accepted"), ("wrong_answer/zero_based.py", "wrong_answer"),
       ("time_limit/quadratic.py", "time_limit"), ("accepted/value_table.py", "accepted")]
SWEEP_AFTER_S = 6  # short, so that a lost message is sent again within the test
VERDICT_WAIT_S = 120


@pytest.fixture(scope="module")
def template_cluster():
    """One initdb'd and migrated data directory, stopped; each test starts a copy of its own."""
    require_program("redis-server", "redis-server")
    require_program("runuser", "util-linux")
    bin_dir = postgres_bin()
    if bin_dir is None:
        require_program("initdb", "postgresql")  # not on PATH either: skips, or fails in CI
    folder = owned_folder("drill-judge-pg-template-")
    postgres = PrivatePostgres(bin_dir, folder / "data")
    postgres.init()
    postgres.start()
    try:
        postgres.create_database()
        from judge.service.database import engine_for, migrate

        migrate(postgres.url)
        engine_for(postgres.url).dispose()
    finally:
        postgres.stop()
    yield postgres
    shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Parts:
    postgres: PrivatePostgres
    redis: PrivateRedis
    service: Service


@pytest.fixture
def parts(template_cluster, engine):
    folder = owned_folder("drill-judge-faults-")
    subprocess.run(["cp", "-a", str(template_cluster.data), str(folder / "data")], check=True, timeout=60)
    postgres = PrivatePostgres(template_cluster.bin_dir, folder / "data")
    redis = PrivateRedis(folder)
    postgres.start()
    redis.start()
    service = Service(postgres.url, redis.url, folder / "service")
    service.root.mkdir()
    try:
        yield Parts(postgres, redis, service)
    finally:
        service.stop_all()
        for stop in (redis.stop, postgres.stop):
            try:
                stop()
            except (OSError, subprocess.SubprocessError, AssertionError):
                pass  # already stopped by the test
        from judge.service.database import engine_for

        engine_for(postgres.url).dispose()  # this test's connections, to a server now stopped
        client, _ = engine
        left = sandbox_containers_left(client, timeout=20)
        shutil.rmtree(folder, ignore_errors=True)
        assert left == [], f"sandbox containers left behind: {[c['Names'] for c in left]}"


def _client(url: str, token: str):
    import httpx

    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _submit_mix(url: str, token: str) -> dict[int, str]:
    """The mix, posted as the CLI posts it: {submission id: the verdict it must end with}."""
    expected = {}
    with _client(url, token) as client:
        for name, verdict in MIX:
            answer = client.post("/v1/submissions", json={"source": (SUBMISSIONS / name).read_text(),
                                                          "filename": Path(name).name, "problem": "two-sum-ii"})
            assert answer.status_code == 202, answer.text
            expected[answer.json()["submission_id"]] = verdict
    return expected


def _verdicts(db_url: str) -> dict[int, list[tuple[str, bool]]]:
    """Every submission's gradings: [(verdict, complete)] (the store keeps at most one; counted anyway)."""
    from sqlalchemy import select

    from judge.service.database import engine_for, gradings, submissions

    with engine_for(db_url).connect() as conn:
        ids = conn.execute(select(submissions.c.id)).scalars().all()
        rows = conn.execute(select(gradings.c.submission_id, gradings.c.verdict, gradings.c.completed_at)).all()
    found: dict[int, list[tuple[str, bool]]] = {submission_id: [] for submission_id in ids}
    for row in rows:
        found[row.submission_id].append((row.verdict, row.completed_at is not None))
    return found


def _every_submission_judged_once(parts: Parts, expected: dict[int, str]) -> None:
    """Wait (bounded) until every stored submission has a complete grading, then check each has exactly
    one, with the verdict it must have."""
    deadline = time.monotonic() + VERDICT_WAIT_S
    while True:
        try:
            found = _verdicts(parts.postgres.url)
        except Exception:  # noqa: BLE001 - a connection the restart broke: the pool opens a new one
            found = {}
        if found and all(graded and graded[0][1] for graded in found.values()):
            break
        assert time.monotonic() < deadline, (found, {n: parts.service.log(n)[-2500:] for n in parts.service.processes})
        time.sleep(0.5)
    assert set(found) == set(expected), "a submission was lost, or one the test did not make appeared"
    assert {submission_id: graded for submission_id, graded in found.items()} == {
        submission_id: [(verdict, True)] for submission_id, verdict in expected.items()}


def _remote_env(parts: Parts, token: str, home: str) -> dict:
    return {**os.environ, "JUDGE_SERVER": parts.service.url, "JUDGE_TOKEN": token,
            "JUDGE_HOME": str(parts.service.root / home)}


def _cli(parts: Parts, token: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "judge", *args], capture_output=True, text=True, timeout=120,
                          env=_remote_env(parts, token, "client"))


def _waiting_submit(parts: Parts, token: str, name: str) -> subprocess.Popen:
    """`judge submit --json` through the service, left waiting for its verdict while a part is down."""
    return subprocess.Popen([sys.executable, "-m", "judge", "submit", str(SUBMISSIONS / name), "--problem",
                             "two-sum-ii", "--no-complexity", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_remote_env(parts, token, "waiting"))


def _verdict_of(waiting: subprocess.Popen) -> tuple[int, dict]:
    out, err = waiting.communicate(timeout=VERDICT_WAIT_S)
    assert "Traceback" not in err and out, err
    return waiting.returncode, json.loads(out)


def _stored(parts: Parts, count: int) -> None:
    """Wait until ``count`` submissions are stored (a client started in the background has posted its own)."""
    deadline = time.monotonic() + 60
    while len(_verdicts(parts.postgres.url)) < count:
        assert time.monotonic() < deadline, f"fewer than {count} submissions stored"
        time.sleep(0.2)


def _one_line_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 3, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr and all(word in proc.stderr for word in words), proc.stderr


def _in_grading(service: Service, name: str) -> None:
    service.wait_for(lambda: "judge.grade" in service.log(name) and "received" in service.log(name),
                     f"{name} to take a submission", name)


def test_a_worker_stopped_and_started_again_loses_nothing(parts):
    """SIGTERM to the worker (a warm shutdown): the grading under way finishes and is stored, nothing more
    is taken, and a worker started again grades the rest, each once."""
    service = parts.service
    url = service.serve(sweep_after=SWEEP_AFTER_S)
    service.worker("worker")
    token = add_user(parts.postgres.url, "gail")
    expected = _submit_mix(url, token)
    _in_grading(service, "worker")
    service.stop("worker")
    log = service.log("worker")
    assert "succeeded in" in log and "Traceback" not in log, log[-3000:]
    # No worker at all: the API still takes submissions, and a client waits for its verdict.
    waiting = _waiting_submit(parts, token, "wrong_answer/values_not_positions.py")
    time.sleep(2)
    assert waiting.poll() is None, waiting.communicate()
    service.worker("worker")
    code, report = _verdict_of(waiting)
    assert (code, report["verdict"]) == (1, "wrong_answer")
    expected[report["submission_id"]] = "wrong_answer"
    _every_submission_judged_once(parts, expected)


def test_redis_restarted_loses_nothing(parts):
    """Redis stopped with messages queued (it keeps none on disk: they are gone) and started again: the
    API keeps storing submissions meanwhile, the worker reconnects, and the sweeper sends again what was
    lost."""
    service = parts.service
    url = service.serve(sweep_after=SWEEP_AFTER_S)
    service.worker("worker")
    token = add_user(parts.postgres.url, "hana")
    expected = _submit_mix(url, token)
    _in_grading(service, "worker")
    parts.redis.stop()
    # Redis down: a submission is stored all the same (its id is answered at once), the client waits.
    started = time.monotonic()
    with _client(url, token) as client:
        answer = client.post("/v1/submissions", json={"source": (SUBMISSIONS / MIX[1][0]).read_text(),
                                                      "filename": "zero_based.py", "problem": "two-sum-ii"})
    assert answer.status_code == 202 and answer.json()["queued"] is False, answer.text
    assert time.monotonic() - started < 15  # not held for long by the broker's absence
    expected[answer.json()["submission_id"]] = "wrong_answer"
    waiting = _waiting_submit(parts, token, "accepted/leetcode_class_binary_search.py")
    assert _cli(parts, token, "history").returncode == 0  # what needs only the database still answers
    time.sleep(3)
    assert waiting.poll() is None, waiting.communicate()
    parts.redis.start()
    code, report = _verdict_of(waiting)
    assert (code, report["verdict"]) == (0, "accepted")
    expected[report["submission_id"]] = "accepted"
    _every_submission_judged_once(parts, expected)
    assert "Traceback" not in service.log("api")
    # The worker reconnected by itself, and the grading under way when Redis went finished meanwhile.
    assert "Connected to redis" in service.log("worker").split("Connection to broker lost")[-1]
    assert "raised unexpected" not in service.log("worker")


def test_postgres_restarted_loses_nothing(parts):
    """PostgreSQL stopped (every connection cut) mid-grading and started again: the API answers 503 in
    one line meanwhile, the worker keeps its verdict until it can store it, and nothing is graded twice."""
    service = parts.service
    url = service.serve(sweep_after=SWEEP_AFTER_S)
    service.worker("worker")
    token = add_user(parts.postgres.url, "ines")
    assert _cli(parts, token, "history").returncode == 0  # the token is checked (and cached) before the fault
    expected = _submit_mix(url, token)
    waiting = _waiting_submit(parts, token, "wrong_answer/prune_on_negative.py")
    _stored(parts, len(expected) + 1)
    _in_grading(service, "worker")
    parts.postgres.stop()
    with _client(url, token) as client:
        down = client.get("/v1/records")
    assert down.status_code == 503 and set(down.json()) == {"error", "fix", "exit_code"}
    _one_line_error(_cli(parts, token, "history"), "database did not answer")
    _one_line_error(_cli(parts, token, "submit", str(SUBMISSIONS / MIX[0][0]), "--problem", "two-sum-ii"),
                    "database did not answer")
    time.sleep(2)
    parts.postgres.start()
    code, report = _verdict_of(waiting)
    assert (code, report["verdict"]) == (1, "wrong_answer")
    expected[report["submission_id"]] = "wrong_answer"
    _every_submission_judged_once(parts, expected)
    assert "Traceback" not in service.log("api")
    # The worker waited for the database, holding its verdicts: no delivery failed, none was given up.
    assert "raised unexpected" not in service.log("worker"), service.log("worker")[-3000:]


def test_the_api_restarted_loses_nothing(parts):
    """The API stopped (SIGTERM) and started again on its address while submissions are graded and a
    client waits: a request meanwhile is a one-line error, the waiting client gets its verdict after."""
    service = parts.service
    url = service.serve(sweep_after=SWEEP_AFTER_S)
    port = int(url.rsplit(":", 1)[1])
    service.worker("worker")
    token = add_user(parts.postgres.url, "jude")
    expected = _submit_mix(url, token)
    waiting = _waiting_submit(parts, token, "time_limit/quadratic.py")
    _stored(parts, len(expected) + 1)
    _in_grading(service, "worker")
    service.kill("api", signal.SIGTERM)
    _one_line_error(_cli(parts, token, "history"), "did not answer")
    time.sleep(2)
    assert waiting.poll() is None, waiting.communicate()
    service.serve(sweep_after=SWEEP_AFTER_S, port=port)
    code, report = _verdict_of(waiting)
    assert (code, report["verdict"]) == (1, "time_limit")
    expected[report["submission_id"]] = "time_limit"
    _every_submission_judged_once(parts, expected)
