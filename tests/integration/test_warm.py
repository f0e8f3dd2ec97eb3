"""Warm sandboxes during a session: used once, replaced, never shared, gone when the session ends."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.sandbox.policy import RUN_LABEL, WARM_UNTIL_LABEL

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

REPO = Path(__file__).resolve().parents[2]
ACCEPTED = (REPO / "problems/two-pointers/two-sum-ii/submissions/accepted/two_pointers.py").read_text()

LEAVE_A_MARK = """
def two_sum_sorted(numbers, target):
    open('/tmp/left-behind', 'w').write('secret')
    return [1, 2]
"""
LOOK_FOR_THE_MARK = ACCEPTED.replace(
    "    return [i + 1, j + 1]",
    "    import os\n    if os.path.exists('/tmp/left-behind'):\n        return [0, 0]\n    return [i + 1, j + 1]")


def judge(*args):
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "JUDGE_WARM": "1"}, timeout=300)
    return proc, (json.loads(proc.stdout) if "--json" in args and proc.stdout.strip() else None)


def waiting(client):
    run = os.environ["JUDGE_RUN_ID"]
    return [c["Id"] for c in client.api.containers(filters={"label": [WARM_UNTIL_LABEL, f"{RUN_LABEL}={run}"]})]


def gone(client, container_id: str, timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not client.api.containers(all=True, filters={"id": container_id}):
            return True
        time.sleep(0.1)
    return False


def replacement(client, used: list[str], timeout_s: float = 30.0) -> list[str]:
    """The containers waiting once the detached replenisher has started the one that replaces ``used``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        now = waiting(client)
        if now and now != used:
            return now
        time.sleep(0.1)
    return waiting(client)


def test_warm_containers_are_used_once_and_end_with_the_session(engine, tmp_path):
    client, _ = engine
    proc, _ = judge("start", "--problem", "two-sum-ii", "--dir", tmp_path / "ws", "--json")
    assert proc.returncode == 0, proc.stderr
    try:
        check_warm_submissions(client, tmp_path)
    finally:
        proc, _ = judge("end")  # right after a submit: its replenisher may still be on its way
    assert proc.returncode == 0, proc.stderr
    # A replenisher that gets the lock after `judge end` finds no container wanted and starts none.
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        assert waiting(client) == []
        time.sleep(0.25)


def check_warm_submissions(client, tmp_path):
    first = waiting(client)
    assert len(first) == 1  # `judge start` left one waiting
    # ... and had the session's problem prepared in the background: its hidden cases and property examples.
    cache = Path(os.environ["JUDGE_HOME"]) / "cache" / "cases"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(cache.glob("two-sum-ii-*.cases"))) < 2:
        time.sleep(0.2)
    assert len(list(cache.glob("two-sum-ii-*.cases"))) == 2, list(cache.glob("*"))

    marker_file = tmp_path / "two_sum_ii.py"
    marker_file.write_text(LEAVE_A_MARK)
    proc, data = judge("submit", marker_file, "--problem", "two-sum-ii", "--json")
    assert data["extra"]["sandbox"] == "warm" and data["verdict"] == "wrong_answer"
    second = replacement(client, first)
    assert len(second) == 1 and second != first  # used once, replaced
    assert gone(client, first[0])  # and removed, by the helper, after the verdict

    checker = tmp_path / "two_sum_ii_check.py"
    checker.write_text(LOOK_FOR_THE_MARK)
    proc, data = judge("submit", checker, "--problem", "two-sum-ii", "--json")
    assert data["extra"]["sandbox"] == "warm"
    assert data["verdict"] == "accepted"  # nothing the previous submission wrote is visible


def test_a_data_dir_never_takes_or_discards_another_ones_warm_container(engine, tmp_path):
    """Two people (two JUDGE_HOMEs) on one engine: each session keeps its own warm container."""
    client, _ = engine
    other_home = tmp_path / "other-home"
    other = {**os.environ, "JUDGE_HOME": str(other_home), "JUDGE_WARM": "1"}
    started = subprocess.run([sys.executable, "-m", "judge", "start", "--problem", "two-sum-ii", "--dir",
                              str(tmp_path / "other-ws")], env=other, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr
    try:
        theirs = waiting(client)
        assert len(theirs) == 1
        solution = tmp_path / "two_sum_ii.py"
        solution.write_text(ACCEPTED)
        proc, data = judge("submit", solution, "--problem", "two-sum-ii", "--json")  # no session of its own here
        assert data["verdict"] == "accepted" and data["extra"]["sandbox"] == "cold", data["extra"]
        proc, _ = judge("start", "--problem", "two-sum-ii", "--dir", tmp_path / "ws")
        assert proc.returncode == 0, proc.stderr
        proc, _ = judge("end")
        assert proc.returncode == 0, proc.stderr
        assert theirs[0] in waiting(client)  # this end discarded its own warm container only
    finally:
        subprocess.run([sys.executable, "-m", "judge", "end"], env=other, capture_output=True, timeout=300)


def test_judges_with_different_data_dirs_never_claim_each_others_warm_container(engine, tmp_path):
    """Two judges on one engine with data dirs of their own (two service workers, or a worker and a person's
    CLI) have no lock in common: each claims only the warm containers it started, never the other's."""
    from judge.sandbox.policy import Limits
    from judge.sandbox.warm import WarmPool

    client, image = engine
    limits = Limits(memory_mb=image.runtime.memory_mb)
    first = WarmPool(client, image, tmp_path / "first" / "warm.lock")
    second = WarmPool(client, image, tmp_path / "second" / "warm.lock")
    started = first.start(limits, time.time() + 120)
    try:
        assert second.claim(limits, 1 << 20) is None  # the first judge's container is not the second's to take
        sandbox = first.claim(limits, 1 << 20)
        assert sandbox is not None and sandbox.container_id == started
        sandbox.close()
    finally:
        from judge.sandbox.container import remove_container

        first.discard_all()
        remove_container(client, started)  # claimed, so no longer waiting: discard_all leaves it
