"""A client waits for a verdict on one request: the worker's transaction notifies the API (PostgreSQL
LISTEN/NOTIFY), on the real PostgreSQL, and through a running API."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from service_parts import add_user
from test_service_delivery import SUBMISSIONS, _stored

pytestmark = pytest.mark.docker


def test_a_committed_change_wakes_its_waiters_and_a_rolled_back_one_does_not(service_db):
    from judge.service.changes import Changes, announce
    from judge.service.database import engine_for

    engine = engine_for(service_db)
    changes, stop = Changes(engine), threading.Event()
    listener = threading.Thread(target=changes.listen, args=(stop,), daemon=True)
    listener.start()
    assert changes.listening.wait(30), "the listener never connected"

    def change(submission_id: int, commit: bool) -> None:
        with engine.connect() as conn:
            with conn.begin() as transaction:
                announce(conn, submission_id)
                if not commit:
                    transaction.rollback()

    async def scenario() -> tuple[bool, bool, bool]:
        with changes.waiting(41) as mine, changes.waiting(42) as other:
            await asyncio.to_thread(change, 41, False)
            rolled_back = await _woken(mine, 1.5)
            await asyncio.to_thread(change, 41, True)
            committed = await _woken(mine, 30)
            return rolled_back, committed, other.is_set()

    try:
        rolled_back, committed, other_woken = asyncio.run(scenario())
    finally:
        stop.set()
        listener.join(10)
    assert (rolled_back, committed, other_woken) == (False, True, False)
    assert not changes._waiting  # every waiter left its registration behind it


async def _woken(event: asyncio.Event, within: float) -> bool:
    try:
        await asyncio.wait_for(event.wait(), timeout=within)
        return True
    except TimeoutError:
        return False


def test_a_waiting_request_answers_when_the_verdict_is_stored(service, service_db):
    """No worker runs: the request waits its full time on a pending submission, and answers early, graded,
    once a verdict is stored meanwhile (as a worker stores it)."""
    import httpx

    from judge.grading.verdicts import Report, Verdict
    from judge.service.database import engine_for
    from judge.service.grading import store_verdict

    url = service.serve()
    token = add_user(service_db, "wanda")
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        source = (SUBMISSIONS / "accepted" / "two_pointers.py").read_text()
        submission_id = client.post("/v1/submissions", json={"source": source, "filename": "two_pointers.py",
                                                             "problem": "two-sum-ii"}).json()["submission_id"]
        asked = time.monotonic()
        state = client.get(f"/v1/submissions/{submission_id}", params={"seen": "pending", "wait": 1.5}).json()
        assert state["state"] == "pending" and time.monotonic() - asked >= 1.5

        def grade_soon() -> None:
            time.sleep(0.5)
            store_verdict(engine_for(service_db), submission_id, Report("two-sum-ii", Verdict.ACCEPTED, 3, 3), "w")

        grader = threading.Thread(target=grade_soon)
        grader.start()
        state = client.get(f"/v1/submissions/{submission_id}", params={"seen": "pending", "wait": 20}).json()
        grader.join()
        assert (state["state"], state["report"]["verdict"]) == ("graded", "accepted")
        # Another user's submission is not waited on: 404 at once, as without waiting.
        other = add_user(service_db, "walter")
        refused = client.get(f"/v1/submissions/{_stored(service_db, 'pass')}", params={"seen": "pending", "wait": 20},
                             headers={"Authorization": f"Bearer {other}"})
        assert refused.status_code == 404
