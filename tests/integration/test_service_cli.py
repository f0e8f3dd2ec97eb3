"""The CLI against the cohort service, through real PostgreSQL, Redis, uvicorn and Celery worker processes:
two users at once see what the local CLI prints, and neither reads the other's submissions."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from service_parts import add_user, judge_cli

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
ACCEPTED = SUBMISSIONS / "accepted" / "two_pointers.py"
WRONG = SUBMISSIONS / "wrong_answer" / "zero_based.py"
TIMED = ("elapsed_s", "max_case_s", "submission_id", "complexity")


def _same_report(remote: dict, local: dict) -> None:
    """Equal but for times, ids, the measured complexity report (present in both) and the container used."""
    assert set(remote) == set(local)
    remote, local = ({**r, "extra": {k: v for k, v in r["extra"].items() if k != "sandbox"}} for r in (remote, local))
    assert {k: v for k, v in remote.items() if k not in TIMED} == {k: v for k, v in local.items() if k not in TIMED}
    assert (remote["complexity"] is None) == (local["complexity"] is None)


def _wait_for_a_warm_container(engine) -> None:
    """The worker starts one when it is ready (judge/service/queue.py); on a loaded machine that takes a while."""
    import os
    import time

    from judge.sandbox.policy import RUN_LABEL, WARM_UNTIL_LABEL

    client, _ = engine
    labels = [WARM_UNTIL_LABEL, f"{RUN_LABEL}={os.environ['JUDGE_RUN_ID']}"]
    deadline = time.monotonic() + 60
    while not client.api.containers(filters={"label": labels}):
        assert time.monotonic() < deadline, "the worker started no warm container"
        time.sleep(0.2)


def _without_times(text: str) -> list[str]:
    return [line.rsplit("(", 1)[0] for line in text.splitlines()]


def test_two_users_submit_at_once_and_see_what_the_local_cli_prints(service, service_db, tmp_path, engine):
    import httpx

    url = service.serve()
    service.worker("worker", concurrency=2)
    tokens = {name: add_user(service_db, name) for name in ("alice", "bob")}
    _wait_for_a_warm_container(engine)

    def remote(name: str, *args: str):
        return judge_cli(*args, env={"JUDGE_SERVER": url, "JUDGE_TOKEN": tokens[name],
                                     "JUDGE_HOME": str(tmp_path / f"client-{name}")})

    runs = {"alice": ("submit", ACCEPTED, "--problem", "two-sum-ii", "--no-complexity", "--json"),
            "bob": ("submit", WRONG, "--problem", "two-sum-ii", "--json")}
    with ThreadPoolExecutor(2) as pool:
        remote_runs = dict(zip(runs, pool.map(lambda name: remote(name, *map(str, runs[name])), runs)))
    for name, args in runs.items():
        local = judge_cli(*args, env={"JUDGE_HOME": str(tmp_path / f"local-{name}")})
        got = remote_runs[name]
        assert (got.returncode, got.stderr) == (local.returncode, local.stderr), got.stderr
        _same_report(json.loads(got.stdout), json.loads(local.stdout))
    assert remote_runs["alice"].returncode == 0 and remote_runs["bob"].returncode == 1

    # The text a terminal shows, line by line (times aside).
    text_args = ("submit", WRONG, "--problem", "two-sum-ii")
    got, local = remote("bob", *map(str, text_args)), judge_cli(*text_args, env={"JUDGE_HOME": str(tmp_path / "l")})
    assert got.returncode == local.returncode == 1
    assert _without_times(got.stdout) == _without_times(local.stdout) and "Got:" in got.stdout
    for args in (("show", "two-sum-ii"), ("show", "two-sum-ii", "--json"), ("problems", "--pattern", "two-pointers")):
        got, local = remote("alice", *args), judge_cli(*args)
        assert (got.returncode, got.stdout) == (local.returncode, local.stdout)
    # `judge test`: the visible examples, run by a worker too (the API runs nothing).
    test_args = ("test", WRONG, "--problem", "two-sum-ii", "--json")
    got, local = remote("alice", *map(str, test_args)), judge_cli(*test_args)
    assert got.returncode == local.returncode == 1
    _same_report(json.loads(got.stdout), json.loads(local.stdout))
    assert json.loads(got.stdout)["cases"] == "example"

    # `judge login` checks the token and keeps it: the commands then need no environment.
    login_home = {"JUDGE_HOME": str(tmp_path / "client-login")}
    logged = judge_cli("login", url, "--token", tokens["alice"], env=login_home)
    assert logged.returncode == 0 and "as alice" in logged.stdout
    assert judge_cli("problems", "--json", env=login_home).stdout == judge_cli("problems", "--json").stdout
    refused = judge_cli("login", url, "--token", "1.wrong", env={"JUDGE_HOME": str(tmp_path / "client-nobody")})
    assert refused.returncode == 2 and not (tmp_path / "client-nobody" / "server.json").exists()

    # Scoped to the caller: bob's submission is no more there for alice than one that does not exist.
    bob_id = json.loads(remote_runs["bob"].stdout)["submission_id"]
    alice = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {tokens['alice']}"})
    assert alice.get(f"/v1/submissions/{bob_id}").json()["error"] == f"no submission {bob_id} of yours"
    assert alice.get(f"/v1/submissions/{bob_id}").status_code == alice.get("/v1/submissions/999999").status_code == 404

    # Uploads are size-capped before they are read, and each user is rate-limited (bob is not slowed by alice).
    huge = alice.post("/v1/submissions", json={"source": "x" * (2 << 20), "filename": "big.py"})
    assert huge.status_code == 413 and huge.json()["exit_code"] == 2
    unknown = {"source": "pass", "filename": "s.py", "problem": "no-such"}
    codes = [alice.post("/v1/submissions", json=unknown).status_code for _ in range(31)]
    assert set(codes[:28]) == {400} and codes[-1] == 429
    bob = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {tokens['bob']}"})
    assert bob.post("/v1/submissions", json=unknown).status_code == 400
    alice.close()
    bob.close()

    # The worker keeps a warm container waiting, as a local session does: gradings after the first use one.
    from sqlalchemy import select

    from judge.service.database import engine_for, submissions

    with engine_for(service_db).connect() as conn:
        reports = [json.loads(r) for r in conn.execute(select(submissions.c.report)).scalars()]
    assert len(reports) == 4 and "warm" in {r["extra"]["sandbox"] for r in reports}  # the test run included

    # A wrong token and a stopped API are one-line errors, never a traceback.
    wrong = judge_cli("problems", env={"JUDGE_SERVER": url, "JUDGE_TOKEN": "1.not-the-secret"})
    assert wrong.returncode == 2 and wrong.stderr.startswith("error: the service does not know this token")
    service.kill("api")
    down = remote("alice", "show", "two-sum-ii")
    assert down.returncode == 3 and down.stderr.count("\n") == 1 and "did not answer" in down.stderr
    assert judge_cli("problems", env=login_home).returncode == 3  # the login, not the local packs, answers


def test_users_add_prints_the_token_once_and_stores_only_its_hash(service_db):
    from sqlalchemy import select

    from judge.service.database import engine_for, users

    token = add_user(service_db, "carol", admin=True)
    with engine_for(service_db).connect() as conn:
        stored = conn.execute(select(users.c.token_hash, users.c.admin).where(users.c.name == "carol")).one()
    secret = token.split(".", 1)[1]
    assert stored.admin == 1 and stored.token_hash.startswith("scrypt$") and secret not in stored.token_hash
    again = judge_cli("users", "add", "carol", "--db", service_db)
    assert again.returncode == 2 and again.stderr == "error: the user carol exists already; choose another name\n"


def test_a_group_session_gives_every_member_the_same_deadline_and_a_board(service, service_db, tmp_path):
    url = service.serve()
    service.worker("worker")
    tokens = {name: add_user(service_db, name, admin=name == "coach") for name in ("coach", "ann", "ben")}

    def as_user(name: str, *args: str):
        return judge_cli(*args, env={"JUDGE_SERVER": url, "JUDGE_TOKEN": tokens[name],
                                     "JUDGE_HOME": str(tmp_path / f"client-{name}")})

    refused = as_user("ann", "group", "start", "g1", "--users", "ann,ben")
    assert refused.returncode == 2 and "only an admin" in refused.stderr
    started = as_user("coach", "group", "start", "g1", "--users", "ann,ben", "--problem", "two-sum-ii",
                      "--minutes", "30", "--json")
    assert started.returncode == 0, started.stderr
    assert json.loads(started.stdout)["members"] == ["ann", "ben"]
    statuses = {name: json.loads(as_user(name, "status", "--json").stdout) for name in ("ann", "ben")}
    assert statuses["ann"]["deadline"] == statuses["ben"]["deadline"] == json.loads(started.stdout)["deadline"]
    assert statuses["ann"]["session_id"] != statuses["ben"]["session_id"]

    # The status object has the local command's shape: a local session's status, key for key.
    local_home = {"JUDGE_HOME": str(tmp_path / "local")}
    started_locally = judge_cli("start", "--problem", "two-sum-ii", "--dir", tmp_path / "ws", "--json", env=local_home)
    assert started_locally.returncode == 0, started_locally.stderr
    local = json.loads(judge_cli("status", "--json", env=local_home).stdout)
    ended_locally = judge_cli("end", "--json", env=local_home)  # its warm container goes with it
    assert ended_locally.returncode == 0, ended_locally.stderr
    local_history = json.loads(judge_cli("history", "--json", env=local_home).stdout)["sessions"][0]
    assert set(statuses["ann"]) == set(local) and set(statuses["ann"]["problems"][0]) == set(local["problems"][0])

    wrong = as_user("ann", "submit", WRONG, "--problem", "two-sum-ii", "--no-complexity")
    assert wrong.returncode == 1 and f"session {statuses['ann']['session_id']}: two-sum-ii: attempt 1" in wrong.stdout
    right = as_user("ann", "submit", ACCEPTED, "--problem", "two-sum-ii", "--no-complexity", "--json")
    assert right.returncode == 0 and json.loads(right.stdout)["session_id"] == statuses["ann"]["session_id"]

    history = json.loads(as_user("ann", "history", "--json").stdout)["sessions"]
    assert [h["session_id"] for h in history] == [statuses["ann"]["session_id"]]
    assert [x["verdict"] for x in history[0]["submissions"]] == ["wrong_answer", "accepted"]
    assert set(history[0]) == set(local_history) - {"remaining_s", "elapsed_s", "warnings_shown"} | {"reviews"}

    board = json.loads(as_user("coach", "group", "board", "g1", "--json").stdout)
    rows = {m["user"]: m for m in board["members"]}
    assert (rows["ann"]["solved"], rows["ann"]["attempts"], rows["ben"]["solved"]) == (1, 2, 0)
    assert rows["ann"]["problems"][0]["solved_at_s"] is not None
    own = json.loads(as_user("ben", "group", "board", "g1", "--json").stdout)
    assert [m["user"] for m in own["members"]] == ["ben"]
    text = as_user("coach", "group", "board", "g1")
    assert text.returncode == 0 and "ann" in text.stdout and "1/1" in text.stdout

    # A member ends their session early: the local summary's shape and text; the board still counts it.
    ended = as_user("ann", "end", "--json")
    assert ended.returncode == 0, ended.stderr
    summary = json.loads(ended.stdout)
    assert set(summary) == set(json.loads(ended_locally.stdout)) and summary["solved"] == 1
    assert summary["end_reason"] == "ended" and summary["scorecard"]["problems"][0]["correctness"]
    assert json.loads(as_user("ann", "status", "--json").stdout)["active"] is False
    again = as_user("ann", "end")
    assert again.returncode == 2 and again.stderr.startswith("error: no active session to end")
