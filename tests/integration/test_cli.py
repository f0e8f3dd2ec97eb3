"""The `judge` command as a user runs it: JSON output, exit codes, one-line errors, recording."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"
ACCEPTED = TWO_SUM / "submissions" / "accepted" / "two_pointers.py"
WRONG = TWO_SUM / "submissions" / "wrong_answer" / "zero_based.py"


def judge(*args, env=None, check_json=True, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600, cwd=cwd)
    data = json.loads(proc.stdout) if check_json and "--json" in args and proc.stdout.strip() else None
    return proc, data


def test_problems_json_lists_the_fields_scripts_need():
    proc, data = judge("problems", "--json")
    assert proc.returncode == 0
    two_sum = next(p for p in data["problems"] if p["slug"] == "two-sum-ii")
    assert two_sum == {**two_sum, "patterns": ["two-pointers"], "difficulty": "medium", "leetcode": 167,
                       "entry": "two_sum_sorted", "runtime": "python"}


def test_show_json_and_text():
    proc, data = judge("show", "two-sum-ii", "--json")
    assert proc.returncode == 0
    assert data["signature"].startswith("def two_sum_sorted") and data["target"]["time"] == "O(n)"
    assert data["examples"][0]["input"] == "numbers = [1, 3, 4, 8], target = 7"
    proc, _ = judge("show", "lc167")
    assert "Two Sum II" in proc.stdout and "Examples" in proc.stdout


def test_unknown_problem_is_a_usage_error_in_one_line():
    proc, _ = judge("show", "no-such-problem")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "judge problems" in proc.stderr


def test_missing_file_is_a_usage_error(tmp_path):
    proc, _ = judge("submit", tmp_path / "nope.py", "--problem", "two-sum-ii")
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_no_engine_is_an_environment_error_with_a_fix(tmp_path):
    proc, _ = judge("submit", ACCEPTED, "--problem", "two-sum-ii", env={"DOCKER_HOST": f"unix://{tmp_path}/none.sock"})
    assert proc.returncode == 3
    line = proc.stderr.strip()
    assert "\n" not in line and "no Docker engine answers" in line and "dockerd" in line


@pytest.mark.docker
@pytest.mark.usefixtures("no_leftover_containers")
def test_submit_json_exit_codes_and_recording(engine, judge_home):
    proc, data = judge("submit", ACCEPTED, "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 0, proc.stderr
    for key in ("problem", "verdict", "passed", "total", "failing_case", "counterexample", "elapsed_s"):
        assert key in data
    assert data["verdict"] == "accepted" and data["failing_case"] is None

    shutil.copy(WRONG, judge_home / "two_sum_ii.py")  # the problem is inferred from the file name
    proc, data = judge("submit", judge_home / "two_sum_ii.py", "--json")
    assert proc.returncode == 1
    assert data["verdict"] == "wrong_answer"
    assert data["failing_case"]["input"] == "numbers = [1, 2], target = 3"
    assert data["failing_case"]["expected"] == "[1, 2]" and data["failing_case"]["got"] == "[0, 1]"

    rows = sqlite3.connect(judge_home / "judge.db").execute(
        "SELECT problem, verdict, source FROM submissions ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("two-sum-ii", "accepted"), ("two-sum-ii", "wrong_answer")]
    assert rows[1][2] == WRONG.read_text()


@pytest.mark.docker
@pytest.mark.usefixtures("no_leftover_containers")
def test_test_runs_only_the_examples_and_records_nothing(engine, judge_home):
    proc, data = judge("test", ACCEPTED, "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 0, proc.stderr
    assert data["total"] == 3 and data["property_examples"] == 0
    assert not (judge_home / "judge.db").exists() or sqlite3.connect(judge_home / "judge.db").execute(
        "SELECT count(*) FROM submissions").fetchone()[0] == 0


@pytest.mark.docker
def test_sandbox_check_reports_versions(engine):
    proc, data = judge("sandbox", "check", "--json")
    assert proc.returncode == 0, proc.stderr
    assert data["ok"] and data["image_present"] and data["image"].startswith("drill-judge-sandbox:py-")
    assert data["python"].startswith("3.") and data["numpy"]


@pytest.mark.docker
@pytest.mark.usefixtures("no_leftover_containers")
def test_pack_validate_passes_the_shipped_problem_and_fails_a_mislabelled_one(engine, tmp_path):
    proc, data = judge("pack", "validate", TWO_SUM, "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [problem] = data["problems"]
    tags = {s["expected"] for s in problem["submissions"]}
    assert {"accepted", "wrong_answer", "time_limit"} <= tags and all(s["ok"] for s in problem["submissions"])
    assert problem["calibration"]["margin"] >= 2
    # as Kattis prints it: the fastest time_limit run against the limit too (it runs until stopped near it)
    assert problem["calibration"]["fastest_time_limit_call_s"] >= problem["calibration"]["time_limit_s"] / 2

    broken = tmp_path / "two-sum-ii"
    shutil.copytree(TWO_SUM, broken)
    shutil.copy(WRONG, broken / "submissions" / "accepted" / "actually_wrong.py")
    proc, data = judge("pack", "validate", broken, "--json")
    assert proc.returncode == 1
    [problem] = data["problems"]
    bad = [s for s in problem["submissions"] if not s["ok"]]
    assert [(s["path"], s["got"]) for s in bad] == [("submissions/accepted/actually_wrong.py", "wrong_answer")]
    assert bad[0]["failing_case"].startswith("hidden case 1 [min-size]: numbers = [1, 2], target = 3; "
                                             "expected [1, 2], got [0, 1]")
    proc, _ = judge("pack", "validate", broken)
    assert "hidden case 1 [min-size]: numbers = [1, 2], target = 3; expected [1, 2], got [0, 1]" in proc.stdout


def test_pack_validate_static_catches_a_wrong_hand_written_answer(tmp_path):
    broken = tmp_path / "two-sum-ii"
    shutil.copytree(TWO_SUM, broken)
    cases = broken / "cases.py"
    cases.write_text(cases.read_text().replace('"args": [[1, 2], 3], "expected": [1, 2]', '"args": [[1, 2], 3], "expected": [2, 1]'))
    proc, data = judge("pack", "validate", broken, "--static", "--json")
    assert proc.returncode == 1
    assert any("disagrees with `expected`" in e for e in data["problems"][0]["errors"])


@pytest.mark.parametrize("added,said", [
    ("Walk two pointers inward from both ends.", "statement.md: names the pattern ('two pointers')"),
    ("Aim for O(n) time.", "statement.md: states a complexity ('O('"),
    ("It runs in linear time.", "statement.md: states a complexity ('linear time'"),
])
def test_pack_validate_refuses_a_statement_that_gives_the_approach_away(tmp_path, added, said):
    broken = tmp_path / "two-sum-ii"
    shutil.copytree(TWO_SUM, broken)
    statement = broken / "statement.md"
    statement.write_text(statement.read_text() + "\n" + added + "\n")
    proc, data = judge("pack", "validate", broken, "--static", "--json")
    assert proc.returncode == 1
    assert [e for e in data["problems"][0]["errors"] if said in e and "move it to hints.md" in e]


def test_pack_validate_wants_two_hints_and_names_a_misnumbered_one(tmp_path):
    broken = tmp_path / "two-sum-ii"
    shutil.copytree(TWO_SUM, broken)
    (broken / "hints.md").write_text("1. Only one nudge.\n")
    proc, data = judge("pack", "validate", broken, "--static", "--json")
    assert proc.returncode == 1 and any("hints.md: 1 hint(s); at least 2" in e for e in data["problems"][0]["errors"])
    (broken / "hints.md").write_text("1. A nudge.\n\n3. Skipped two.\n")
    proc, _ = judge("pack", "validate", broken, "--static")
    assert proc.returncode != 0 and "hints.md: line 3: hint 3 where 2 comes next" in proc.stdout + proc.stderr


@pytest.mark.docker
@pytest.mark.usefixtures("no_leftover_containers")
def test_submit_writes_nothing_in_the_working_directory(engine, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(ACCEPTED, work / "two_sum_ii.py")
    proc, _ = judge("submit", "two_sum_ii.py", cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in work.iterdir()) == ["two_sum_ii.py"]  # no .hypothesis/, no staging
