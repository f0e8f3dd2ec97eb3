"""Verdicts pushed to the API as they are stored, so a client waits for one on a single request.

A worker's transaction that stores a verdict or completes a grading also runs
``pg_notify(CHANNEL, id)`` (``announce``); PostgreSQL delivers it when, and only
if, that transaction commits.  The API keeps one listening connection in a
thread (``Changes.listen``) and wakes the requests waiting on that submission.
A notification can still be missed: the listening connection is down while
PostgreSQL restarts.  So a waiting request also reads the row every
``RECHECK_S``: a missed wake-up costs that much latency, never a verdict.

Polling instead (a client asking five times a second) cost the API, PostgreSQL
and the clients 0.20 CPU s a submission under 20 users, a fifth of the machine's
whole cost; waiting this way, 0.065 (docs/service.md, "Throughput").
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

CHANNEL = "drill_judge_submissions"
RECHECK_S = 1.0
RECONNECT_S = 1.0


def announce(conn: Connection, submission_id: int) -> None:
    """Tell the API, when ``conn``'s transaction commits, that this submission's state moved on."""
    conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": str(submission_id)})


class Changes:
    """The API's side: requests wait on an event per submission; one thread sets them as notifications come."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._lock = threading.Lock()
        self._waiting: dict[int, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self.listening = threading.Event()  # set while the LISTEN connection is up

    @contextmanager
    def waiting(self, submission_id: int) -> Iterator[asyncio.Event]:
        """An event set whenever ``submission_id`` changes, for the time of the ``with`` (in the event loop)."""
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiting.setdefault(submission_id, set()).add(entry)
        try:
            yield entry[1]
        finally:
            with self._lock:
                waiters = self._waiting.get(submission_id, set())
                waiters.discard(entry)
                if not waiters:
                    self._waiting.pop(submission_id, None)

    def _wake(self, payload: str) -> None:
        try:
            submission_id = int(payload)
        except ValueError:
            return
        with self._lock:
            waiters = list(self._waiting.get(submission_id, ()))
        for loop, event in waiters:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that loop closed: its request is gone
                pass

    def listen(self, stop: threading.Event) -> None:
        """Run until ``stop``: LISTEN on the channel, reconnecting after PostgreSQL went away."""
        import psycopg

        url = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not stop.is_set():
                        for notification in conn.notifies(timeout=RECHECK_S):
                            self._wake(notification.payload)
            except psycopg.Error:
                self.listening.clear()
                stop.wait(RECONNECT_S)  # down: waiting requests fall back on reading their row
