"""The CLI's side of the commands that run the local code on the user's records held by the service.

`judge stats`, `judge report` and `judge start` read the caller's records (GET /v1/records) into a store
in memory (judge/store/snapshot.py) and run on it exactly what they run on the local store; `judge
start` then has the service record the session it chose (POST /v1/sessions).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime

from judge import clock
from judge.store.snapshot import records_store


def fetch_records(client) -> tuple[sqlite3.Connection, datetime]:
    """The caller's records in a store in memory, and the service's time when it read them."""
    body = client.request("GET", "/v1/records")
    return records_store(body["records"]), clock.parse(body["now"])


@contextmanager
def service_records(client):
    """(store in memory, the service's time) for the caller's records; the store is closed afterwards."""
    conn, now = fetch_records(client)
    try:
        yield conn, now
    finally:
        conn.close()


def start_on_service(client, request) -> dict:
    """`judge start` over the service: choose from the service's history, write the workspace here, then
    have the service record the session (the workspace goes again if it refuses); Started's JSON."""
    from judge.sessions.lifecycle import prepare_start

    with service_records(client) as (conn, now):
        prepared = prepare_start(conn, request, now)
    s = prepared.session
    try:
        answer = client.request("POST", "/v1/sessions", json={
            "started_at": s.started_at, "minutes": s.minutes, "blind": s.blind, "adaptive": s.adaptive,
            "practice": s.practice, "workspace": s.workspace, "options": s.options,
            "problems": [{"slug": r["slug"], "file_path": r["file_path"]} for r in s.problems]})
    except BaseException:
        prepared.undo()
        raise
    return prepared.started(int(answer["session_id"])).to_json()



REFRESH_S = 10.0  # `judge status --watch`: the countdown runs on the local clock; the records are re-read this often


def watch_reader(client, status: Callable[[sqlite3.Connection, datetime], dict]) -> Callable[[], dict]:
    """What `judge status --watch` reads each second: ``status(store, now)`` on the records, fetched anew every
    REFRESH_S seconds (submissions from other terminals show up then), with the local clock in between."""
    import time

    held: dict = {}

    def read() -> dict:
        if not held or time.monotonic() - held["at"] > REFRESH_S:
            if held:
                held["conn"].close()
            held.update(conn=fetch_records(client)[0], at=time.monotonic())
        return status(held["conn"], clock.now())

    return read
