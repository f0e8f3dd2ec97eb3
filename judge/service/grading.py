"""Grading a stored submission, exactly once in effect, however often it is delivered.

Celery delivers at least once (judge/service/queue.py): a worker killed while
grading leaves its message unacknowledged and it comes back, and the sweeper
re-sends what stays unfinished.  So grading is idempotent by submission id: the
verdict goes in with ``INSERT INTO gradings ... ON CONFLICT DO NOTHING`` and
only the worker whose insert took writes the submission's verdict columns, in
the same transaction.  A second delivery of a graded submission does nothing.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import TypeVar

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import OperationalError

from judge import clock
from judge.grading.verdicts import Report
from judge.service.changes import announce
from judge.service.database import engine_for, gradings, submissions

# A worker keeps a warm container waiting this long after its last grading (judge/sandbox/warm.py).
WARM_S = 300
# A worker whose database stops answering waits this long for it, holding its message and its verdict,
# before it gives up the delivery (the sweeper sends the submission again later).
DATABASE_WAIT_S = 120.0
MEASURER_GONE = {"available": False, "reason": "the worker measuring it stopped; the verdict above is recorded"}


class Outcome(str, Enum):
    GRADED = "graded"  # this delivery stored the verdict
    ALREADY = "already"  # another delivery had stored it: nothing written
    FINISHED = "finished"  # the verdict was stored by a worker that died before the complexity report
    MISSING = "missing"  # no such submission


@dataclass(frozen=True)
class GradeOutcome:
    submission_id: int
    outcome: Outcome
    verdict: str | None = None


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


Result = TypeVar("Result")


def patiently(step: Callable[[], Result], wait_s: float = DATABASE_WAIT_S) -> Result:
    """Run one database step, again and again while the database does not answer (a restart, a failover),
    for up to ``wait_s``: a grading already done is then stored instead of thrown away.  Each step is a
    transaction of its own, so running it again is safe."""
    deadline = time.monotonic() + wait_s
    pause = 0.5
    while True:
        try:
            return step()
        except OperationalError:
            if time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 5.0)


def store_verdict(engine: Engine, submission_id: int, report: Report, worker: str) -> bool:
    """Store the verdict unless one is stored already; whether this call stored it."""
    data = report.to_json()
    failing = data.get("failing_case") or data.get("counterexample") or {}
    with engine.begin() as conn:
        took = conn.execute(insert(gradings).values(
            submission_id=submission_id, graded_at=clock.iso(clock.now()), worker=worker, verdict=data["verdict"],
            completed_at=None if report.complexity is None else clock.iso(clock.now()),
        ).on_conflict_do_nothing(index_elements=["submission_id"]).returning(gradings.c.submission_id)).first()
        if took is None:
            return False
        conn.execute(update(submissions).where(submissions.c.id == submission_id).values(
            verdict=data["verdict"], passed=data["passed"], total=data["total"], elapsed_s=data["elapsed_s"],
            failed_tags=json.dumps(failing.get("tags", [])), report=json.dumps(data)))
        announce(conn, submission_id)
    return True


def complete(engine: Engine, submission_id: int, report: dict | None, worker: str | None) -> None:
    """Mark the grading complete, with the report (complexity included) when ``worker`` is the one that graded."""
    with engine.begin() as conn:
        done = conn.execute(update(gradings).where(gradings.c.submission_id == submission_id,
                                                   gradings.c.completed_at.is_(None),
                                                   *([gradings.c.worker == worker] if worker else []))
                            .values(completed_at=clock.iso(clock.now())).returning(gradings.c.submission_id)).first()
        if done is not None:
            if report is not None:
                conn.execute(update(submissions).where(submissions.c.id == submission_id)
                             .values(report=json.dumps(report)))
            announce(conn, submission_id)


def grade_submission(db_url: str, submission_id: int, worker: str | None = None) -> GradeOutcome:
    """Grade one stored submission with the CLI's own sandbox code (judge.judging.run_source, warm
    containers included), unless it is graded already."""
    from judge.complexity import ComplexityOptions, complexity_step
    from judge.judging import RunOptions, run_source
    from judge.packs.loader import find_problem

    engine = engine_for(db_url)
    worker = worker or worker_name()

    def stored_row():
        with engine.connect() as conn:
            return conn.execute(select(submissions, gradings.c.completed_at, gradings.c.graded_at)
                                .outerjoin(gradings, gradings.c.submission_id == submissions.c.id)
                                .where(submissions.c.id == submission_id)).first()

    row = patiently(stored_row)
    if row is None:
        return GradeOutcome(submission_id, Outcome.MISSING)
    if row.graded_at is not None:
        if row.completed_at is not None:
            return GradeOutcome(submission_id, Outcome.ALREADY, row.verdict)
        report = json.loads(row.report)
        patiently(lambda: complete(engine, submission_id, {**report, "complexity": MEASURER_GONE}, worker=None))
        return GradeOutcome(submission_id, Outcome.FINISHED, row.verdict)
    problem = find_problem(row.problem)
    options = json.loads(row.options)
    step = None
    if options.get("complexity"):
        step = complexity_step(problem, ComplexityOptions(claim_time=options.get("claim_time"),
                                                          claim_space=options.get("claim_space")))
    stored: list[bool] = []
    until = time.time() + WARM_S
    _want_warm(problem.runtime, until)
    report = run_source(row.source, problem, RunOptions(
        examples_only=row.mode == "test", complexity=step, keep_warm_until=until,
        on_verdict=lambda verdict: stored.append(patiently(lambda: store_verdict(engine, submission_id, verdict,
                                                                                 worker)))))
    if not stored[0]:
        return GradeOutcome(submission_id, Outcome.ALREADY, report.verdict.value)
    patiently(lambda: complete(engine, submission_id, report.to_json() if report.complexity is not None else None,
                               worker))
    return GradeOutcome(submission_id, Outcome.GRADED, report.verdict.value)


def _want_warm(runtime: str, until: float) -> None:
    """Ask for warm containers until ``until``: the next grading on this host starts without waiting for one."""
    from judge.errors import JudgeError
    from judge.judging import sandbox_client, warm_enabled, warm_pool

    if not warm_enabled():
        return
    try:
        client, image = sandbox_client(runtime)
    except JudgeError:
        return  # grading itself reports the missing engine or image
    try:
        warm_pool(client, image).want(until)
    finally:
        client.close()


@dataclass(frozen=True)
class SweepRequest:
    db_url: str
    older_than_s: float
    max_deliveries: int


def unfinished_due(request: SweepRequest) -> list[int]:
    """Claim the submissions to send again: no complete grading, and last sent (or stored, if never sent)
    longer ago than the bound.  Claiming moves their ``enqueued_at``, so two sweepers never send one twice."""
    cutoff = clock.iso(clock.now() - timedelta(seconds=request.older_than_s))
    unfinished = select(submissions.c.id).outerjoin(gradings, gradings.c.submission_id == submissions.c.id).where(
        gradings.c.completed_at.is_(None),
        func.coalesce(submissions.c.enqueued_at, submissions.c.created_at) < cutoff,
        submissions.c.deliveries < request.max_deliveries)
    with engine_for(request.db_url).begin() as conn:
        ids = conn.execute(update(submissions).where(
            submissions.c.id.in_(unfinished.scalar_subquery()),
            # Checked again on the locked row: a sweeper that waited for another's claim skips the row.
            or_(submissions.c.enqueued_at.is_(None), submissions.c.enqueued_at < cutoff))
            .values(enqueued_at=clock.iso(clock.now()), deliveries=submissions.c.deliveries + 1)
            .returning(submissions.c.id)).scalars().all()
    return sorted(ids)


def not_sent(db_url: str, submission_id: int) -> None:
    """A claimed submission the broker refused: its delivery does not count towards the limit."""
    with engine_for(db_url).begin() as conn:
        conn.execute(update(submissions).where(submissions.c.id == submission_id)
                     .values(deliveries=submissions.c.deliveries - 1))
