"""No sandbox outlives its judge: `judge submit` ended by SIGKILL, SIGTERM or SIGHUP at four moments of
grading leaves no running container 10 s later, with no other judge command in between; the database
stays sound and the next submit works.

Each run gets its own JUDGE_RUN_ID, so the engine's label filter sees exactly that process's containers.
The submissions below are slow on purpose, each in one phase only, so that the signal lands in that
phase: loading, the hidden cases, the property examples, the complexity measurement (its own container).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from judge.sandbox.policy import RUN_LABEL

pytestmark = [pytest.mark.docker]

REPO = Path(__file__).resolve().parents[2]
ACCEPTED = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"
GONE_WITHIN_S = 10.0

# The pack's accepted solution as `_answer`, and a CPU spinner to slow a phase down.
CORRECT = ACCEPTED.read_text().replace("def two_sum_sorted(", "def _answer(") + """

def _spin(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
"""

SLOW = {
    # Import takes longer than the load deadline allows: the signal lands while the file loads.
    "load": "import time\n" + CORRECT + "_spin(30)\n\ndef two_sum_sorted(numbers, target):\n"
            "    return _answer(numbers, target)\n",
    # Each hidden case takes 0.8 s of the 1 s limit: 26 of them keep the first container busy.
    "hidden": "import time\n" + CORRECT + "\ndef two_sum_sorted(numbers, target):\n"
              "    _spin(0.8)\n    return _answer(numbers, target)\n",
    # The 26 hidden cases are quick; every call after them (the property examples) takes 0.8 s.
    "properties": "import time\n" + CORRECT + "CALLS = [0]\n\ndef two_sum_sorted(numbers, target):\n"
                  "    CALLS[0] += 1\n    if CALLS[0] > 26:\n        _spin(0.8)\n    return _answer(numbers, target)\n",
    # Accepted, but slow on big inputs, so the measurement in the second container takes its whole budget.
    "complexity": "import time\n" + CORRECT + "\ndef two_sum_sorted(numbers, target):\n"
                  "    if len(numbers) >= 256:\n        _spin(0.05)\n    return _answer(numbers, target)\n",
}


def _containers(client, run_id: str, running_only: bool) -> list[dict]:
    return client.api.containers(all=not running_only, filters={"label": f"{RUN_LABEL}={run_id}"})


def _wait_for(predicate, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _submit(path: Path, home: Path, run_id: str, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "JUDGE_HOME": str(home), "JUDGE_RUN_ID": run_id}
    return subprocess.Popen([sys.executable, "-m", "judge", "submit", str(path), "--problem", "two-sum-ii", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _reach_moment(client, moment: str, run_id: str, proc: subprocess.Popen) -> None:
    """Wait until the submission is in the phase ``moment`` names."""
    first = _wait_for(lambda: _containers(client, run_id, running_only=True) or proc.poll() is not None, 180,
                      "the first container")
    assert proc.poll() is None, f"the judge ended before its first container ran: {proc.communicate()}"
    if moment == "complexity":
        first_id = first[0]["Id"]
        _wait_for(lambda: [c for c in _containers(client, run_id, running_only=True) if c["Id"] != first_id],
                  180, "the complexity container")
        time.sleep(0.3)
    else:
        time.sleep({"load": 1.0, "hidden": 2.0, "properties": 3.0}[moment])
    assert proc.poll() is None, f"the judge ended before the {moment} phase: {proc.communicate()}"


@pytest.mark.parametrize("moment", ["load", "hidden", "properties", "complexity"])
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_no_container_outlives_the_judge(engine, tmp_path, signum, moment):
    client, _ = engine
    run_id = f"orphans-{uuid.uuid4().hex[:10]}"
    source = tmp_path / "slow.py"
    source.write_text(SLOW[moment])
    home = tmp_path / "home"
    home.mkdir()
    proc = _submit(source, home, run_id)
    try:
        _reach_moment(client, moment, run_id, proc)
        proc.send_signal(signum)
        started = time.monotonic()
        proc.wait(timeout=GONE_WITHIN_S)
        _wait_for(lambda: not _containers(client, run_id, running_only=True), GONE_WITHIN_S,
                  f"no running container of the judge ended by {signum.name}")
        assert time.monotonic() - started < GONE_WITHIN_S
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    if signum is not signal.SIGKILL:  # caught: the judge removes what it started and says why it stopped
        assert proc.returncode == 128 + signum
        assert not _containers(client, run_id, running_only=False)
        assert not list((home / "staging").glob("*")) if (home / "staging").exists() else True
    database = home / "judge.db"
    if database.exists():
        with sqlite3.connect(database) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The next submit works, and sweeps what a SIGKILL left stopped.
    after = _submit(ACCEPTED, home, run_id, "--no-complexity")
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, (out, err)
    assert "Accepted" in out
    assert not _containers(client, run_id, running_only=False)


def test_ctrl_c_during_the_complexity_report_keeps_the_verdict(engine, tmp_path):
    """The verdict is printed and recorded before the report is measured: Ctrl-C then skips the report
    only, and a timed session counts the solve."""
    client, _ = engine
    run_id = f"orphans-{uuid.uuid4().hex[:10]}"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "JUDGE_HOME": str(home), "JUDGE_RUN_ID": run_id, "JUDGE_WARM": "0"}
    started = subprocess.run([sys.executable, "-m", "judge", "start", "--problem", "two-sum-ii", "--dir",
                              str(tmp_path / "ws")], env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    source = tmp_path / "slow.py"
    source.write_text(SLOW["complexity"])
    proc = _submit(source, home, run_id)
    try:
        _reach_moment(client, "complexity", run_id, proc)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=GONE_WITHIN_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, (out, err)  # the verdict's code: accepted
    assert out.startswith("Accepted  two-sum-ii"), out
    assert "Complexity: not measured (interrupted (Ctrl-C) while measuring" in out, out
    _wait_for(lambda: not _containers(client, run_id, running_only=False), GONE_WITHIN_S, "the sandboxes removed")
    status = subprocess.run([sys.executable, "-m", "judge", "status", "--json"], env=env, capture_output=True,
                            text=True, timeout=60)
    problem = json.loads(status.stdout)["problems"][0]
    assert (problem["slug"], problem["state"], problem["attempts"]) == ("two-sum-ii", "accepted", 1), problem
    assert problem["solved_at_s"] is not None
    with sqlite3.connect(home / "judge.db") as conn:
        verdict, report = conn.execute("SELECT verdict, report FROM submissions").fetchone()
    assert verdict == "accepted" and json.loads(report)["complexity"]["interrupted"] is True
