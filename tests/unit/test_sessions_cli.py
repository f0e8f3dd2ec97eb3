"""The session commands as a user meets them, without the engine: fresh installs, speed, blind output, watch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
import time_machine

from judge.grading.verdicts import FailingCase, Report, Verdict
from judge.sessions import blind
from judge.sessions.watch import watch
from test_sessions_support import PAST, fake_report


def judge(*args, env=None):
    return subprocess.run([sys.executable, "-m", "judge", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize("command", [["status"], ["stats"], ["history"]])
def test_a_fresh_install_says_there_is_nothing_yet_and_exits_0(command, judge_home):
    text = judge(*command)
    assert text.returncode == 0 and text.stderr == ""
    assert text.stdout.startswith("No ") and "judge start" in text.stdout
    data = json.loads(judge(*command, "--json").stdout)
    assert data.get("active", False) is False
    assert data.get("patterns", []) == [] and data.get("sessions", []) == []
    assert not (judge_home / "judge.db").exists(), "reading commands must not create the database"


def test_end_with_no_session_is_a_one_line_usage_error():
    proc = judge("end")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "judge start" in proc.stderr


STATUS_PROBE = """
import sys
from click.testing import CliRunner
from judge.cli import cli
result = CliRunner().invoke(cli, {args!r})
assert result.exit_code == 0, (result.output, result.exception)
print(sorted(m for m in ("docker", "hypothesis", "numpy") if m in sys.modules))
"""


def test_status_imports_neither_docker_nor_hypothesis_nor_numpy(judge_home):
    from judge import clock
    from judge.store.db import connect
    from judge.store.sessions import NewSession, insert_session

    conn = connect()  # an open session, so status reads and renders it
    now = clock.now()
    insert_session(conn, NewSession(started_at=clock.iso(now), deadline=clock.iso(now + timedelta(minutes=60)), minutes=60,
                   blind=False, adaptive=False, workspace=str(judge_home), options={},
                   problems=[{"slug": "two-sum-ii", "title": "Two Sum II", "patterns": ["two-pointers"],
                              "difficulty": "medium", "file_path": str(judge_home / "two_sum_ii.py")}]))
    conn.close()
    for args in (["status"], ["status", "--json"]):
        proc = subprocess.run([sys.executable, "-c", STATUS_PROBE.format(args=args)], capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "[]", f"judge {' '.join(args)} imported {proc.stdout.strip()}"


def failing_report(source="hidden") -> Report:
    case = FailingCase(source=source, index=3, tags=["dupes"], input="numbers = [2, 2]", expected="[1, 2]",
                       got="[1, 1]", stdout="printed numbers", reason="the answer differs")
    return Report(problem="two-sum-ii", verdict=Verdict.WRONG_ANSWER, passed=2, total=26, failing_case=case,
                  message="the answer differs", stderr_tail="echo numbers = [2, 2]")


def test_blind_output_withholds_hidden_failing_inputs_but_keeps_the_verdict():
    data = blind.withhold_json(failing_report().to_json())
    case = data["failing_case"]
    assert data["withheld"] is True and data["verdict"] == "wrong_answer" and data["passed"] == 2
    assert (case["input"], case["expected"], case["got"], case["stdout"]) == (None, None, None, None)
    assert case["tags"] == ["dupes"] and data["stderr_tail"] == ""
    from judge.render import report_text

    text = report_text(blind.withhold_report(failing_report()))
    assert "Wrong Answer" in text and blind.WITHHELD_TEXT in text
    assert "[2, 2]" not in text and "printed numbers" not in text and "[1, 1]" not in text


def test_blind_output_keeps_failures_on_the_visible_examples():
    data = blind.withhold_json(failing_report(source="example").to_json())
    assert data["withheld"] is False and data["failing_case"]["input"] == "numbers = [2, 2]"
    text = blind.withhold_report(failing_report(source="example"))
    assert text.failing_case.input == "numbers = [2, 2]"
    assert blind.withhold_json(fake_report("accepted"))["withheld"] is False


def test_watch_redraws_every_second_and_ends_at_the_deadline():
    remaining = iter(range(3, -1, -1))
    sleeps, out = [], []

    def read():
        left = next(remaining)
        return {"active": True, "session_id": 7, "remaining_s": left,
                "problems": [{"slug": "two-sum-ii", "state": "attempted", "solved_at_s": None}]}

    last = watch(read, out.append, tty=True, sleep=sleeps.append)
    assert last["remaining_s"] == 0 and sleeps == [1.0, 1.0, 1.0]
    draws = [o for o in out if o.startswith("\r")]
    assert [d.split()[2] for d in draws] == ["0:03", "0:02", "0:01", "0:00"]
    assert "Time is up for session 7" in out[-1]


def test_watch_stops_when_no_session_is_open():
    out = []
    watch(lambda: {"active": False, "message": "No active session"}, out.append, tty=False, sleep=lambda s: None)
    assert out == ["No active session\n"]


def test_the_cli_start_status_end_round_trip(judge_home, tmp_path, monkeypatch):
    """Through click in one process: start (JSON), the refusal of a second start, status, end."""
    from click.testing import CliRunner

    from judge.cli import cli
    from test_sessions_support import make_problem_root

    root = make_problem_root(tmp_path / "problems", [("alpha", "alpha-one", ["alpha"], "medium"),
                                                     ("beta", "beta-one", ["beta"], "medium")])
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    runner = CliRunner()
    with time_machine.travel(PAST, tick=False) as traveller:
        started = runner.invoke(cli, ["start", "--dir", str(tmp_path / "ws"), "--json"])
        assert started.exit_code == 0, started.output
        data = json.loads(started.stdout)
        assert {p["slug"] for p in data["problems"]} == {"alpha-one", "beta-one"} and data["minutes"] == 60
        again = runner.invoke(cli, ["start", "--count", "1"])
        assert again.exit_code != 0 and f"session {data['session_id']} is active" in str(again.exception)
        traveller.shift(timedelta(minutes=46))
        status = runner.invoke(cli, ["status", "--json"])
        assert json.loads(status.stdout)["remaining_s"] == 14 * 60
        assert "15-minute mark" in status.stderr and status.stderr.count("\n") == 1
        assert runner.invoke(cli, ["status"]).stderr == ""  # once
        ended = runner.invoke(cli, ["end"])
        assert ended.exit_code == 0 and "0 of 2 problem(s) solved" in ended.stdout
        assert "No active session" in runner.invoke(cli, ["status"]).stdout
