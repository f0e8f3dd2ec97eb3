"""A whole interview-mode session through the CLI, the clock moved from outside (libfaketime): plan, own cases,
a hint, two submissions, end; the scorecard is checked field by field.  Also `judge cases` on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from test_session_cli_clock import ACCEPTED, WRONG, Session, loadable_problems  # noqa: F401  (fixture)

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

HAPPY_PATH = "# judge: problem=two-sum-ii\nCASES = [\n    (([2, 7, 11, 15], 9), [1, 2]),\n    (([1, 3, 4], 7), [1, 3]),\n]\n"


def thorough_cases() -> str:
    """Small, duplicate, negative and zero cases, and one at the maximum size (which only a fast solution passes)."""
    n = 30_000
    big = [-1000] * (n - 2) + [400, 600]
    return ("# judge: problem=two-sum-ii\nCASES = [\n"
            "    (([2, 7, 11, 15], 9), [1, 2]),\n    (([1, 2], 3), [1, 2]),\n    (([1, 2, 2, 4], 4), [2, 3]),\n"
            "    (([-3, -1, 0, 2], -4), [1, 2]),\n    (([0, 0, 3, 4], 0), [1, 2]),\n    (([5, 25, 75], 100), [2, 3]),\n"
            f"    (({big!r}, 1000), [{n - 1}, {n}]),\n]\n")


def test_a_whole_interview_session_is_scored_field_by_field(engine, judge_home, tmp_path, faketime):
    s = Session()
    workspace = tmp_path / "ws"
    proc, started = s.run(None, "start", "--problem", "two-sum-ii", "--dir", workspace, "--json")
    assert proc.returncode == 0 and started["practice"] is False, proc.stderr
    s.start_epoch = datetime.fromisoformat(started["started_at"]).timestamp()
    solution, cases = workspace / "two_sum_ii.py", workspace / "two_sum_ii_cases.py"
    assert cases.is_file() and "CASES = [" in cases.read_text()

    proc, _ = s.run(1, "plan", solution, "--pattern", "two-pointers", "--time", "O(n)", "--space", "O(1)")
    assert proc.returncode == 0, proc.stderr

    cases.write_text(HAPPY_PATH)
    proc, happy = s.run(3, "cases", cases, "--json")
    assert proc.returncode == 0, proc.stderr
    assert happy["answers_hidden"] is True and happy["test_strength"] < 1 and happy["missed"]
    assert [(c["index"], c["wrong"], c["right_answer"]) for c in happy["cases"]] == [(1, False, None), (2, True, None)]
    proc, _ = s.run(3.5, "cases", cases)
    assert "expected [1, 3] is wrong (find the right answer" in proc.stdout and "Missed bugs" in proc.stdout

    cases.write_text(thorough_cases())
    proc, thorough = s.run(6, "cases", cases, "--json")
    assert (thorough["caught"], thorough["test_strength"]) == (thorough["tried"], 1.0), thorough["missed"]

    proc, hint = s.run(8, "hint", solution, "--json")
    assert hint["number"] == 1 and hint["session_id"] == started["session_id"]

    solution.write_text(WRONG.read_text())
    proc, first = s.run(10, "submit", solution, "--json")
    assert first["verdict"] == "wrong_answer"
    solution.write_text(ACCEPTED.read_text())
    proc, second = s.run(15, "submit", solution, "--json")
    assert second["verdict"] == "accepted"

    proc, summary = s.run(20, "end", "--json")
    assert proc.returncode == 0, proc.stderr
    (card,) = summary["scorecard"]["problems"]
    assert card["problem"] == "two-sum-ii"
    assert card["correctness"] == {"solved_in_time": True, "attempts": 2, "verdicts": ["wrong_answer", "accepted"]}
    assert card["efficiency"] == "optimal"
    assert card["test_strength"] == 1.0
    assert card["plan"] == {**card["plan"], "patterns": ["two-pointers"], "time": "O(n)", "space": "O(1)",
                            "pattern_recognised": True, "time_vs_target": "optimal", "space_vs_target": "optimal",
                            "time_claim": "confirmed"}
    assert card["communication"] == {"planned": True, "pattern_recognised": True, "claim": "confirmed"}
    assert card["claim"] == "confirmed" and card["hints_used"] == 1
    assert card["time"]["pace_s"] == 1800 and card["time"]["on_pace"] is True
    assert 15 * 60 <= card["time"]["split_s"] <= 15 * 60 + 30
    assert summary["scorecard"]["overall"] == {"solved_in_time": 1, "problems": 1, "optimal": 1, "planned": 1,
                                               "patterns_recognised": 1, "claims_confirmed": 1, "hints_used": 1,
                                               "on_pace": 1}
    # One hint before an accept after one rejection: Good at best, and Good it is.
    assert [(r["pattern"], r["rating_name"]) for r in summary["reviews"]] == [("two-pointers", "good")]
    proc, stats = s.run(21, "stats", "--json")
    (two,) = stats["patterns"]
    assert (two["recognition_rate"], two["hint_rate"], two["claim_accuracy"], two["median_test_strength"]) == \
        (1.0, 1.0, 1.0, 1.0)


def test_cases_outside_a_session_show_the_right_answer_and_record_nothing(engine, judge_home, tmp_path):
    cases = tmp_path / "two_sum_ii_cases.py"
    cases.write_text(HAPPY_PATH)
    proc = subprocess.run([sys.executable, "-m", "judge", "cases", cases, "--json"], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "JUDGE_WARM": "0"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["session_id"] is None and data["answers_hidden"] is False
    assert data["cases"][1]["right_answer"] == "[2, 3]"


@pytest.mark.parametrize("text,said", [
    ("CASES = [print('hi')]\n", "CASES holds something that is not a literal"),
    ("CASES = [(1, 2)]\n", "case 1 is not ((arguments...), expected)"),
    ("x = 1\n", "no `CASES = [...]`"),
    ("CASES = [\n", "line 2: '[' was never closed"),
])
def test_a_cases_file_that_is_not_data_is_one_line_with_a_fix(tmp_path, text, said):
    cases = tmp_path / "two_sum_ii_cases.py"
    cases.write_text("# judge: problem=two-sum-ii\n" + text)
    proc = subprocess.run([sys.executable, "-m", "judge", "cases", cases], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and said in proc.stderr


def test_the_cases_file_is_never_executed(tmp_path):
    marker = tmp_path / "ran"
    cases = tmp_path / "two_sum_ii_cases.py"
    cases.write_text(f"# judge: problem=two-sum-ii\nopen({str(marker)!r}, 'w')\nCASES = [(([1, 2], 3), [1, 2])]\n")
    from judge.grading.own_cases import read_cases

    assert read_cases(Path(cases)) == [([[1, 2], 3], [1, 2])] and not marker.exists()


@pytest.mark.parametrize("slug,module,cases,wrong", [
    # a tree in level order: 4 -> 2 -> 1 -> 3 has three edges; a single node has none (2 is wrong)
    ("diameter-of-binary-tree", "diameter_of_binary_tree",
     "CASES = [(([1, 2, 3, 4, 5],), 3), (([9],), 2), (([1, None, 2, None, 3],), 2)]\n", [False, True, False]),
    # arrays as nested lists: equal scores share evenly; [0, 0] does not give [1, 0]
    ("softmax-rows", "softmax_rows", "CASES = [(([[1.0, 1.0]],), [[0.5, 0.5]]), (([[0.0, 0.0]],), [[1.0, 0.0]])]\n",
     [False, True]),
])
def test_cases_of_trees_and_arrays_are_written_as_lists(engine, tmp_path, slug, module, cases, wrong):
    path = tmp_path / f"{module}_cases.py"
    path.write_text(f"# judge: problem={slug}\n" + cases)
    proc = subprocess.run([sys.executable, "-m", "judge", "cases", path, "--json"], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "JUDGE_WARM": "0"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [c["wrong"] for c in data["cases"]] == wrong and all(not c["invalid"] for c in data["cases"])
    assert data["tried"] > 0 and data["caught"] > 0  # the valid cases ran against the known bugs
