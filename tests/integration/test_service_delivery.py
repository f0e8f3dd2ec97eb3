"""Delivery you can trust, on the real parts: a verdict is stored once however often a submission is
delivered, and a worker killed with SIGKILL mid-grading loses nothing: another worker grades it, once."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from service_parts import add_user

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"


def _stored(service_db: str, source: str, user: str = "dora") -> int:
    """A submission as the API stores it (pending, never sent): its id."""
    from sqlalchemy import insert

    from judge.service.database import engine_for, submissions
    from judge.service.users import add_user as add

    user_id = add(service_db, f"{user}{time.monotonic_ns()}", admin=False).user.id
    with engine_for(service_db).begin() as conn:
        return conn.execute(insert(submissions).values(
            user_id=user_id, created_at="2026-01-01T00:00:00+00:00", problem="two-sum-ii", patterns='["two-pointers"]',
            difficulty="medium", file_path="s.py", source_sha256="-", source=source, mode="submit",
            options=json.dumps({"complexity": False})).returning(submissions.c.id)).scalar_one()


def _gradings(service_db: str, submission_id: int) -> list:
    from sqlalchemy import select

    from judge.service.database import engine_for, gradings

    with engine_for(service_db).connect() as conn:
        return conn.execute(select(gradings).where(gradings.c.submission_id == submission_id)).all()


def test_racing_verdicts_for_one_submission_store_one(service_db):
    """Eight deliveries storing a verdict at the same moment: exactly one insert takes, the rest do nothing."""
    from judge.grading.verdicts import Report, Verdict
    from judge.service.database import engine_for
    from judge.service.grading import store_verdict

    submission_id = _stored(service_db, "pass")
    engine = engine_for(service_db)
    barrier, took = threading.Barrier(8), []

    def deliver(n: int) -> None:
        verdict = Verdict.ACCEPTED if n % 2 else Verdict.WRONG_ANSWER
        barrier.wait()
        took.append((n, store_verdict(engine, submission_id, Report("two-sum-ii", verdict, 1, 1), f"w{n}")))

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [n for n, stored in took if stored]
    assert len(took) == 8 and len(winners) == 1
    rows = _gradings(service_db, submission_id)
    assert len(rows) == 1 and rows[0].worker == f"w{winners[0]}"


def test_grading_twice_grades_once(service_db, engine, no_leftover_containers):
    from judge.service.grading import Outcome, grade_submission

    submission_id = _stored(service_db, (SUBMISSIONS / "wrong_answer" / "zero_based.py").read_text())
    first = grade_submission(service_db, submission_id, worker="first")
    second = grade_submission(service_db, submission_id, worker="second")
    assert (first.outcome, second.outcome) == (Outcome.GRADED, Outcome.ALREADY)
    assert first.verdict == second.verdict == "wrong_answer"
    assert [row.worker for row in _gradings(service_db, submission_id)] == ["first"]
    # This test is the worker: end the warm containers its gradings asked for, as a worker's shutdown does
    # (judge/service/queue.py), or one waits in this data dir's pool until its deadline.
    from judge.judging import discard_warm

    discard_warm()


def test_worker_killed_mid_grading_is_replaced_and_the_submission_graded_once(service, service_db, engine, monkeypatch):
    import httpx
    from sqlalchemy import select

    from judge.service.database import engine_for, submissions

    url = service.serve(sweep_after=8)
    service.worker("doomed")
    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {add_user(service_db, 'erin')}"})
    slow = (SUBMISSIONS / "time_limit" / "quadratic.py").read_text()  # about 3 s to its verdict
    submission_id = client.post("/v1/submissions", json={"source": slow, "filename": "quadratic.py",
                                                         "problem": "two-sum-ii"}).json()["submission_id"]
    service.wait_for(lambda: "judge.grade" in service.log("doomed") and "received" in service.log("doomed"),
                     "the doomed worker to take the submission", "doomed")
    time.sleep(0.5)  # inside the grading: its sandbox runs the hidden cases
    assert client.get(f"/v1/submissions/{submission_id}").json()["state"] == "pending"
    service.kill("doomed")  # SIGKILL to the worker and its pool processes at once: a machine that died
    assert _gradings(service_db, submission_id) == []

    service.worker("heir")
    deadline = time.monotonic() + 120
    while (state := client.get(f"/v1/submissions/{submission_id}").json())["state"] != "complete":
        assert time.monotonic() < deadline, service.log("heir")[-3000:]
        time.sleep(0.5)
    client.close()
    assert state["report"]["verdict"] == "time_limit"
    rows = _gradings(service_db, submission_id)
    assert len(rows) == 1 and rows[0].verdict == "time_limit"
    with engine_for(service_db).connect() as conn:
        deliveries = conn.execute(select(submissions.c.deliveries).where(submissions.c.id == submission_id)).scalar()
    assert deliveries >= 2  # sent by the API, then again by the sweeper
    # Only the heir stored a verdict (the doomed worker may have finished other tests' leftovers: 'finished').
    assert ": 'graded'" in service.log("heir") and ": 'graded'" not in service.log("doomed")
    # The killed worker's warm container waits for submissions until its deadline: discard it as its
    # restart would; the grading sandbox it was using ended itself (judge/sandbox/guard.py).
    from judge.judging import discard_warm

    monkeypatch.setenv("JUDGE_HOME", str(service.root / "doomed"))
    discard_warm()


def test_the_api_killed_with_a_submission_in_flight_loses_nothing(service, service_db):
    """The API stores and queues; grading goes on without it, and a restarted API answers with the verdict."""
    import httpx

    url = service.serve()
    service.worker("worker")
    token = add_user(service_db, "fred")
    slow = (SUBMISSIONS / "time_limit" / "quadratic.py").read_text()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        submission_id = client.post("/v1/submissions", json={"source": slow, "filename": "quadratic.py",
                                                             "problem": "two-sum-ii"}).json()["submission_id"]
    service.kill("api")
    deadline = time.monotonic() + 120
    while not _gradings(service_db, submission_id):
        assert time.monotonic() < deadline, service.log("worker")[-3000:]
        time.sleep(0.5)
    url = service.serve()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        while (state := client.get(f"/v1/submissions/{submission_id}").json())["state"] != "complete":
            assert time.monotonic() < deadline
            time.sleep(0.5)
    assert state["report"]["verdict"] == "time_limit" and len(_gradings(service_db, submission_id)) == 1
