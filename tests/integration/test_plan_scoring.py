"""`judge plan` scored through the real engine: the plan's claims become the complexity report's claims."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
TWO_POINTERS = REPO / "problems" / "two-pointers" / "two-sum-ii" / "submissions" / "accepted" / "two_pointers.py"


def judge(*args):
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "JUDGE_WARM": "0"})
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(proc.stdout) if "--json" in args else proc.stdout


def planned_and_solved(tmp_path, *plan):
    judge("start", "--problem", "two-sum-ii", "--dir", tmp_path / "ws")
    solution = tmp_path / "ws" / "two_sum_ii.py"
    shutil.copy(TWO_POINTERS, solution)
    judge("plan", solution, *plan)
    submitted = judge("submit", solution, "--json")
    assert submitted["verdict"] == "accepted"
    (problem,) = judge("end", "--json")["problems"]
    return submitted, problem["plan"]


def test_the_right_pattern_and_the_optimal_claim_score_as_recognised_and_confirmed(engine, tmp_path):
    submitted, plan = planned_and_solved(tmp_path, "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)")
    assert submitted["complexity"]["time"]["claim"]["claimed"] == "O(n)"  # the plan is the report's claim
    assert submitted["plan"] == plan  # submit --json scores it as end does: the claim by the report
    assert submitted["hints_used"] == 0
    assert plan == {**plan, "pattern_recognised": True, "time_vs_target": "optimal", "space_vs_target": "optimal",
                    "time_claim": "confirmed"}


def test_a_wrong_pattern_and_a_too_optimistic_claim_score_as_missed_and_refuted(engine, tmp_path):
    _, plan = planned_and_solved(tmp_path, "--pattern", "heap", "--time", "O(log n)", "--space", "O(1)")
    assert plan == {**plan, "pattern_recognised": False, "time_vs_target": "impossible", "time_claim": "refuted"}
