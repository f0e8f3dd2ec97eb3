"""A session of one's own over the cohort service, through real PostgreSQL, Redis, uvicorn and a Celery worker:
`judge start`, `plan`, `hint`, `submit`, `status`, `end` and `stats` print what the local CLI prints for the
same history; `watch` tests through the service; two users do not see each other's sessions; `cases` refuses
in one line."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from service_parts import add_user, judge_cli

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
ACCEPTED = SUBMISSIONS / "accepted" / "two_pointers.py"
WRONG = SUBMISSIONS / "wrong_answer" / "zero_based.py"
# Seconds and moments differ between two runs of the same history, and so do what is computed from them (the
# weakness weighs the seconds to accept, the recall the time since the review); everything else must not.
MOMENTS = {"session_id", "started_at", "deadline", "ended_at", "remaining_s", "elapsed_s", "workspace", "file",
           "statement", "at_s", "solved_at_s", "submission_id", "generated_at", "planned_at", "last_practised",
           "next_review_due", "created_at", "reviewed_at", "split_s", "times_to_accept_s", "median_time_to_accept_s",
           "slowness", "weakness_score", "retrievability", "forgetting", "recommendation"}


def _without_moments(value):
    if isinstance(value, dict):
        return {k: _without_moments(v) for k, v in value.items() if k not in MOMENTS}
    if isinstance(value, list):
        return [_without_moments(v) for v in value]
    return value


def _keys(value) -> object:
    """The shape of a JSON value: its keys, nested, without the values."""
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_keys(v) for v in value[:1]]
    return None


def test_own_sessions_over_the_service_print_what_the_local_cli_prints(service, service_db, tmp_path):
    url = service.serve()
    service.worker("worker")
    tokens = {name: add_user(service_db, name) for name in ("alice", "bob")}

    def remote(name: str, *args):
        return judge_cli(*args, env={"JUDGE_SERVER": url, "JUDGE_TOKEN": tokens[name],
                                     "JUDGE_HOME": str(tmp_path / f"client-{name}")})

    local_home = {"JUDGE_HOME": str(tmp_path / "local")}

    def local(*args):
        return judge_cli(*args, env=local_home)

    start = ("start", "--problem", "two-sum-ii", "--minutes", "30", "--json")
    started = remote("alice", *start, "--dir", tmp_path / "alice-ws")
    assert started.returncode == 0, started.stderr
    started_here = local(*start, "--dir", tmp_path / "local-ws")
    assert started_here.returncode == 0, started_here.stderr
    got, want = json.loads(started.stdout), json.loads(started_here.stdout)
    assert _without_moments(got) == _without_moments(want) and _keys(got) == _keys(want)
    # The workspace is written on the client's machine, as locally, file for file.
    assert sorted(p.name for p in (tmp_path / "alice-ws").iterdir()) == sorted(
        p.name for p in (tmp_path / "local-ws").iterdir())
    starter = (tmp_path / "alice-ws" / "two_sum_ii.py").read_text()
    assert starter == (tmp_path / "local-ws" / "two_sum_ii.py").read_text()

    # A second start while one is open: the local refusal, exit 2; the workspace asked for is not written.
    again = remote("alice", *start, "--dir", tmp_path / "alice-ws2")
    assert again.returncode == 2 and again.stderr.startswith(f"error: session {got['session_id']} is active")
    assert not (tmp_path / "alice-ws2").exists()

    # bob sees none of alice's session, and starts his own.
    bob_status = json.loads(remote("bob", "status", "--json").stdout)
    assert bob_status["active"] is False and bob_status["last_session"] is None
    assert json.loads(remote("bob", "history", "--json").stdout) == {"sessions": []}
    bob_started = remote("bob", "start", "--problem", "two-sum-ii", "--dir", tmp_path / "bob-ws", "--json")
    assert bob_started.returncode == 0, bob_started.stderr
    assert json.loads(bob_started.stdout)["session_id"] != got["session_id"]

    # In an interview-mode session `show` hides the pattern, over the service as locally.
    shown, shown_here = remote("alice", "show", "two-sum-ii"), local("show", "two-sum-ii")
    assert (shown.returncode, shown.stdout) == (shown_here.returncode, shown_here.stdout)
    assert shown.stdout != judge_cli("show", "two-sum-ii", env={"JUDGE_HOME": str(tmp_path / "none")}).stdout

    # `judge plan` and `judge hint`: the local code, run by the service on alice's records, stored there.
    plan = ("plan", "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)", "--json")
    planned, planned_here = remote("alice", *plan), local(*plan)
    assert planned.returncode == planned_here.returncode == 0, planned.stderr
    assert _without_moments(json.loads(planned.stdout)) == _without_moments(json.loads(planned_here.stdout))
    hinted, hinted_here = remote("alice", "hint", tmp_path / "alice-ws" / "two_sum_ii.py"), local("hint", "two-sum-ii")
    assert (hinted.returncode, hinted.stdout) == (hinted_here.returncode, hinted_here.stdout)
    assert hinted.stdout.startswith("Hint 1 of ")
    bob_hint = json.loads(remote("bob", "hint", "two-sum-ii", "--json").stdout)  # his own count: his first hint
    assert (bob_hint["number"], bob_hint["session_id"]) == (1, json.loads(bob_started.stdout)["session_id"])

    # The same history on both sides: a wrong answer, then an accept.
    for file, code in ((WRONG, 1), (ACCEPTED, 0)):
        args = ("submit", file, "--problem", "two-sum-ii", "--no-complexity", "--json")
        made, made_here = remote("alice", *args), local(*args)
        assert made.returncode == made_here.returncode == code, (made.stdout[:400], made_here.stdout[:400])
        got_extra, want_extra = (_without_moments({k: json.loads(r.stdout)[k] for k in ("late", "plan", "hints_used")})
                                 for r in (made, made_here))
        assert got_extra == want_extra and got_extra["hints_used"] == 1
    too_late = remote("alice", *plan)  # a plan is fixed once the problem has a submission, as locally
    assert too_late.returncode == local(*plan).returncode == 2 and "its plan is fixed" in too_late.stderr
    status, status_here = (json.loads(run("status", "--json").stdout) for run in (lambda *a: remote("alice", *a),
                                                                                  local))
    assert status["session_id"] == got["session_id"] and status["active"] is True
    assert _without_moments(status) == _without_moments(status_here) and _keys(status) == _keys(status_here)
    assert [v["verdict"] for v in status["problems"][0]["verdicts"]] == ["wrong_answer", "accepted"]
    assert json.loads(remote("bob", "status", "--json").stdout)["problems"][0]["attempts"] == 0

    # `judge end` records the session's FSRS reviews on the service as locally; stats then agree.
    ended, ended_here = (json.loads(run("end", "--json").stdout) for run in (lambda *a: remote("alice", *a), local))
    assert ended["reviews"] == ended_here["reviews"] and ended["reviews"][0]["rating_name"] == "good"
    assert _without_moments(ended) == _without_moments(ended_here)
    stats, stats_here = (json.loads(run("stats", "--json").stdout) for run in (lambda *a: remote("alice", *a), local))
    assert _keys(stats) == _keys(stats_here)
    assert _without_moments(stats) == _without_moments(stats_here)
    weakness = stats_here["patterns"][0]["weakness_score"]
    assert stats["patterns"][0]["weakness_score"] == pytest.approx(weakness, abs=0.01)
    assert stats["recommendation"]["pattern"] == stats_here["recommendation"]["pattern"]
    assert stats["patterns"][0]["next_review_due"][:10] == stats_here["patterns"][0]["next_review_due"][:10]
    assert [p["pattern"] for p in stats["patterns"]] == ["two-pointers"] and stats["patterns"][0]["submissions"] == 2
    text, text_here = remote("alice", "stats", "--pattern", "two-pointers"), local("stats", "--pattern", "two-pointers")
    assert text.returncode == text_here.returncode == 0
    assert text.stdout.splitlines()[0] == text_here.stdout.splitlines()[0]
    history, history_here = (json.loads(run("history", "--json").stdout)["sessions"]
                             for run in (lambda *a: remote("alice", *a), local))
    assert _without_moments(history) == _without_moments(history_here) and len(history) == 1
    reported, reported_here = (json.loads(run("report", "--out", tmp_path / f"{name}.html", "--json").stdout)
                               for name, run in (("remote", lambda *a: remote("alice", *a)), ("local", local)))
    assert _without_moments(reported) == _without_moments({**reported_here, "path": reported["path"]})
    assert (tmp_path / "remote.html").stat().st_size > 0
    # bob's statistics hold none of alice's submissions.
    assert json.loads(remote("bob", "stats", "--json").stdout)["patterns"] == []

    # `judge watch` has the service's worker test the file, and prints what `judge test` prints; Ctrl-C stops it.
    tested = remote("alice", "test", WRONG, "--problem", "two-sum-ii")
    watching = subprocess.Popen([sys.executable, "-m", "judge", "watch", WRONG, "--problem", "two-sum-ii"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={
                                    **os.environ, "JUDGE_SERVER": url, "JUDGE_TOKEN": tokens["alice"],
                                    "JUDGE_HOME": str(tmp_path / "client-alice")})
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(watching.stdout.readline, "")), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not any(line.startswith("Watching") for line in lines) and time.monotonic() < deadline:
        assert watching.poll() is None, watching.stderr.read()
        time.sleep(0.2)
    watching.send_signal(signal.SIGINT)
    watching.wait(timeout=60)
    reader.join(timeout=10)  # the reader alone reads stdout, to its end
    errors = watching.stderr.read()
    assert tested.returncode == 1 and tested.stdout.splitlines()[0].rsplit("(", 1)[0] in "".join(lines), lines
    assert "Stopped watching." in "".join(lines) and "Traceback" not in errors

    # The deadline warnings of the local guard, on stderr, each once: kept by the service.
    cleo = add_user(service_db, "cleo")
    cleo_env = {"JUDGE_SERVER": url, "JUDGE_TOKEN": cleo, "JUDGE_HOME": str(tmp_path / "client-cleo")}
    short_here = {"JUDGE_HOME": str(tmp_path / "local-short")}
    for env in (cleo_env, short_here):
        assert judge_cli("start", "--problem", "two-sum-ii", "--minutes", "1", "--dir", tmp_path / env["JUDGE_HOME"]
                         / "ws", env=env).returncode == 0
    warned, warned_here = (judge_cli("status", env=env).stderr for env in (cleo_env, short_here))
    assert re.sub(r"\d", "#", warned) == re.sub(r"\d", "#", warned_here) and warned.startswith("warning: 1-minute")
    assert judge_cli("status", env=cleo_env).stderr == judge_cli("status", env=short_here).stderr == ""
    # The deadline passes (moved into the past in both stores): the next command closes the session and says so.
    from sqlalchemy import text

    from judge.service.database import engine_for

    past = "2020-01-01T00:00:00+00:00"
    with engine_for(service_db).begin() as conn:
        conn.execute(text("UPDATE sessions SET deadline = :past WHERE ended_at IS NULL AND user_id = "
                          "(SELECT id FROM users WHERE name = 'cleo')"), {"past": past})
    with sqlite3.connect(tmp_path / "local-short" / "judge.db") as local_db:
        local_db.execute("UPDATE sessions SET deadline = ? WHERE ended_at IS NULL", (past,))
    noted, noted_here = (judge_cli("history", env=env) for env in (cleo_env, short_here))
    assert noted.stderr.startswith("note: session ") and "reached its deadline" in noted.stderr
    assert re.sub(r"\d", "#", noted.stderr) == re.sub(r"\d", "#", noted_here.stderr)
    ended, ended_here = (json.loads(judge_cli("end", "--json", env=env).stdout) for env in (cleo_env, short_here))
    assert (ended["already_closed"], ended["end_reason"], ended["reviews"]) == (True, "deadline", [])
    assert _without_moments(ended) == _without_moments(ended_here)

    # `judge cases` runs the member's cases in this machine's sandbox: it refuses over the service, in one
    # line, and runs nothing locally.
    refused = remote("alice", "cases", ACCEPTED, "--problem", "two-sum-ii")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert "not over the judge service" in refused.stderr and "unset JUDGE_SERVER" in refused.stderr
    assert not (tmp_path / "client-alice" / "judge.db").exists()
