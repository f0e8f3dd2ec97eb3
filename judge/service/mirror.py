"""The CLI's side of the commands that run the local code on the user's records held by the service.

`judge stats`, `judge report` and `judge start` read the caller's records (GET /v1/records) into a store
in memory (judge/store/snapshot.py) and run on it exactly what they run on the local store; `judge
start` then has the service record the session it chose (POST /v1/sessions).
"""

from __future__ import annotations

from contextlib import contextmanager

from judge import clock
from judge.store.snapshot import records_store


@contextmanager
def service_records(client):
    """(store in memory, the service's time) for the caller's records; the store is closed afterwards."""
    body = client.request("GET", "/v1/records")
    conn = records_store(body["records"])
    try:
        yield conn, clock.parse(body["now"])
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

