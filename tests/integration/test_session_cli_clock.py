"""The whole session again, as separate `judge` processes whose system clock is moved from outside (libfaketime).

Each command runs under ``faketime -f OFFSET`` so that, inside it, the wall
clock reads "minute m of the session"; nothing in the judge is told about
the fake.  The session is blind, and at minute 20 two terminals submit at
once.  Offsets keep every faked time in the past, so wall-clock age checks
elsewhere (the stale-container sweep) never see a live container as old.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

REPO = Path(__file__).resolve().parents[2]
SUBMISSIONS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions"
WRONG = SUBMISSIONS / "wrong_answer" / "zero_based.py"
ACCEPTED = SUBMISSIONS / "accepted" / "two_pointers.py"
FAKETIME = shutil.which("faketime")
START_OFFSET_S = -2 * 3600  # the session starts two (faked) hours ago


@pytest.fixture(autouse=True)
def loadable_problems(tmp_path_factory, monkeypatch):
    """The repository's problems that load right now, linked into a private root.

    Other packs are being written while these tests run; a half-written one
    must not break a session test that never uses it.
    """
    from judge.errors import PackError
    from judge.packs.loader import load_problem

    root = tmp_path_factory.mktemp("problems")
    for pack in sorted((REPO / "problems").glob("*/pack.toml")):
        for directory in sorted(p.parent for p in pack.parent.glob("*/problem.toml")):
            try:
                load_problem(directory).examples  # noqa: B018  (imports cases.py)
            except PackError:
                continue
            (root / pack.parent.name).mkdir(exist_ok=True)
            (root / pack.parent.name / "pack.toml").write_text(pack.read_text())
            (root / pack.parent.name / directory.name).symlink_to(directory)
    monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
    return root


class Session:
    """Runs `judge` at a given minute of the session, by faking the clock of that one process."""

    def __init__(self):
        self.start_epoch: float | None = None

    def command(self, minute: float | None, *args) -> list[str]:
        if minute is None:
            offset = START_OFFSET_S
        else:
            # Rounded up, so the process reads minute m or a moment after it, never before.
            offset = math.ceil(self.start_epoch + minute * 60 - time.time())
        return [FAKETIME, "-f", f"{offset:+d}", sys.executable, "-m", "judge", *map(str, args)]

    def env(self) -> dict:
        # Only the wall clock moves; timeouts measured on the monotonic clock stay real.
        return {**os.environ, "FAKETIME_DONT_FAKE_MONOTONIC": "1"}

    def run(self, minute, *args):
        proc = subprocess.run(self.command(minute, *args), capture_output=True, text=True, env=self.env(),
                              timeout=600)
        data = json.loads(proc.stdout) if "--json" in args and proc.stdout.strip() else None
        return proc, data

    def spawn(self, minute, *args):
        return subprocess.Popen(self.command(minute, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=self.env())


def test_a_whole_blind_session_across_processes_with_the_clock_moved_from_outside(engine, judge_home, tmp_path, faketime):
    s = Session()
    workspace = tmp_path / "ws"
    proc, started = s.run(None, "start", "--problem", "two-sum-ii", "--blind", "--dir", workspace, "--json")
    assert proc.returncode == 0, proc.stderr
    s.start_epoch = datetime.fromisoformat(started["started_at"]).timestamp()
    assert s.start_epoch < time.time() - 3600  # the start was faked into the past
    solution = workspace / "two_sum_ii.py"

    solution.write_text(WRONG.read_text())
    proc, data = s.run(5, "submit", solution, "--json")
    assert (proc.returncode, data["verdict"], data["late"], data["session_id"]) == (1, "wrong_answer", False,
                                                                                    started["session_id"])
    assert data["withheld"] is True and data["failing_case"]["input"] is None  # blind: hidden until `judge end`
    proc, _ = s.run(6, "submit", solution)
    assert "withheld until `judge end`" in proc.stdout and "[1, 2]" not in proc.stdout

    # Two terminals submit at once at minute 20: both are judged and recorded.
    solution.write_text(ACCEPTED.read_text())
    other = workspace / "second_try.py"
    other.write_text("# judge: problem=two-sum-ii\n" + WRONG.read_text())
    both = [s.spawn(20, "submit", solution, "--json"), s.spawn(20, "submit", other, "--json")]
    outputs = [(p.communicate(timeout=600), p.returncode) for p in both]
    for (out, err), code in outputs:
        assert out.strip(), f"a concurrent submit printed nothing (exit {code}): {err}"
    results = [json.loads(out) for (out, _), _ in outputs]
    assert [r["verdict"] for r in results] == ["accepted", "wrong_answer"]
    assert all(r["session_id"] == started["session_id"] and r["late"] is False for r in results)

    proc, status = s.run(30, "status", "--json")
    assert status["active"] and 29 * 60 <= status["remaining_s"] <= 30 * 60
    item = status["problems"][0]
    assert (item["state"], item["attempts"]) == ("accepted", 4) and 1200 <= item["solved_at_s"] <= 1260

    proc, _ = s.run(45.5, "problems")
    assert "15-minute mark" in proc.stderr and proc.stderr.count("\n") == 1
    proc, _ = s.run(46, "status")
    assert "minute mark" not in proc.stderr

    solution.write_text(WRONG.read_text())
    proc, late = s.run(61, "submit", solution, "--json")
    assert (late["late"], late["session_id"], late["verdict"]) == (True, started["session_id"], "wrong_answer")
    proc, _ = s.run(61.5, "status")
    assert proc.returncode == 0 and "No active session" in proc.stdout

    proc, summary = s.run(62, "end", "--json")
    assert proc.returncode == 0 and summary["already_closed"] and summary["end_reason"] == "deadline"
    verdicts = [(v["verdict"], v["late"]) for v in summary["problems"][0]["verdicts"]]
    assert verdicts[:2] == [("wrong_answer", False)] * 2 and verdicts[4] == ("wrong_answer", True)
    assert sorted(verdicts[2:4]) == [("accepted", False), ("wrong_answer", False)]  # the two at once, either order
    revealed = {c["input"] for c in summary["revealed"]}
    assert "numbers = [1, 2], target = 3" in revealed  # the withheld input, revealed at the end
    proc, _ = s.run(62, "end")
    assert "Input:    numbers = [1, 2], target = 3" in proc.stdout

    proc, stats = s.run(63, "stats", "--json")
    row = next(p for p in stats["patterns"] if p["pattern"] == "two-pointers")
    assert (row["attempted"], row["solved"], row["first_try_rate"]) == (1, 1, 0.0)
    assert 1200 <= row["median_time_to_accept_s"] <= 1260 and row["weakness_rank"] == 1
    history = s.run(63, "history", "--json")[1]["sessions"]
    assert len(history) == 1 and len(history[0]["submissions"]) == 5

    conn = sqlite3.connect(judge_home / "judge.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), sum(late) FROM submissions WHERE session_id = ?",
                        (started["session_id"],)).fetchone() == (5, 1)
