"""The Celery application: Redis as the broker, configured so that no submission is lost.

- ``task_acks_late``: a message is acknowledged when grading has finished, not when it is received, so a
  worker that dies mid-grading has acknowledged nothing;
- ``task_reject_on_worker_lost``: when a pool process is killed (SIGKILL, the OOM killer), its message
  goes back to the queue at once instead of being marked failed;
- ``worker_prefetch_multiplier = 1``: a worker holds only the message it is grading, so a dead worker
  strands one submission, not a batch;
- Redis's ``visibility_timeout`` (an unacknowledged message is handed out again after it) is an hour,
  far above the longest grading (about a minute with the complexity report): a slow grading is never
  given to a second worker while the first still works on it.

Redelivery after a whole worker host died waits for that timeout, so the sweeper (judge serve) re-sends,
after a much shorter bound, what has no complete grading; grading is idempotent (judge/service/grading.py).
Results are not kept in Redis: the verdict is in PostgreSQL.
"""

from __future__ import annotations

from celery import Celery
from celery.signals import worker_process_init, worker_ready, worker_shutdown

GRADE_TASK = "judge.grade"
QUEUE = "judge"
VISIBILITY_TIMEOUT_S = 3600

app = Celery("drill-judge")
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT_S},
    task_ignore_result=True,
    task_default_queue=QUEUE,
    broker_connection_retry_on_startup=True,
    broker_connection_timeout=5,
    # A worker outlives any Redis outage (Celery's default gives up after 100 tries): it reconnects when
    # Redis is back, and the sweeper re-sends what a Redis that kept nothing lost.
    broker_connection_max_retries=None,
    # The grading under way when Redis goes away finishes and stores its verdict; its message, which can no
    # longer be acknowledged, may come back, and that second delivery does nothing (grading.py).
    worker_cancel_long_running_tasks_on_connection_loss=False,
    worker_hijack_root_logger=False,
    worker_send_task_events=False,
    task_serializer="json",
    accept_content=["json"],  # never pickle: a message is a submission id
)


def configure(broker_url: str, db_url: str | None = None) -> Celery:
    app.conf.broker_url = broker_url
    if db_url is not None:
        app.conf.judge_db_url = db_url
    return app


@app.task(name=GRADE_TASK)
def grade(submission_id: int) -> str:
    from judge.service.grading import grade_submission

    return grade_submission(app.conf.judge_db_url, int(submission_id)).outcome.value


def send_grade(submission_id: int) -> None:
    """Hand one submission to the broker (raises kombu's OperationalError when Redis does not answer)."""
    app.send_task(GRADE_TASK, args=[submission_id], queue=QUEUE, retry=False)


@worker_process_init.connect
def _fresh_connections(**_) -> None:
    """A pool process must not use the connections it inherited through fork: two processes on one
    PostgreSQL socket read each other's answers.  Drop them (without closing the parent's) and start anew."""
    from judge.service.database import forget_engines

    forget_engines()


@worker_ready.connect
def _warm_up(**_) -> None:
    """A warm container waits before the first submission arrives."""
    import time

    from judge.judging import prewarm
    from judge.sandbox.runtimes import DEFAULT_RUNTIME
    from judge.service.grading import WARM_S

    prewarm(time.time() + WARM_S, DEFAULT_RUNTIME)


@worker_shutdown.connect
def _discard_warm(**_) -> None:
    """A worker that stops leaves no warm container behind (one killed outright: they expire by themselves)."""
    from judge.judging import discard_warm

    discard_warm()


def run_worker(broker_url: str, db_url: str, concurrency: int) -> None:
    configure(broker_url, db_url)
    app.worker_main(["worker", f"--concurrency={concurrency}", "--pool=prefork", "--loglevel=INFO",
                     f"--queues={QUEUE}", "--without-gossip", "--without-mingle", "--without-heartbeat"])
