"""The complexity report as a user gets it from `judge submit`, through the real sandbox."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("engine", "no_leftover_containers")]

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "two-pointers" / "two-sum-ii"
ACCEPTED = TWO_SUM / "submissions" / "accepted" / "two_pointers.py"
BINARY_SEARCH = TWO_SUM / "submissions" / "accepted" / "leetcode_class_binary_search.py"
WRONG = TWO_SUM / "submissions" / "wrong_answer" / "zero_based.py"
BUDGET_BOUND_S = 5.0 * 1.5  # the 5 s per report, with slack for a machine others are loading

TWO_POINTERS = """
def two_sum_sorted(numbers, target):
    i, j = 0, len(numbers) - 1
    while numbers[i] + numbers[j] != target:
        if numbers[i] + numbers[j] < target:
            i += 1
        else:
            j -= 1
    return [i + 1, j + 1]
"""


def judge(*args):
    proc = subprocess.run([sys.executable, "-m", "judge", *map(str, args)], capture_output=True, text=True,
                          env=dict(os.environ), timeout=600)
    data = json.loads(proc.stdout) if "--json" in args and proc.stdout.strip() else None
    return proc, data


def test_an_accepted_submit_reports_time_and_space_against_target_and_claims():
    proc, data = judge("submit", ACCEPTED, "--problem", "two-sum-ii", "--claim", "O(n log n)",
                       "--space-claim", "O(1)", "--json")
    assert proc.returncode == 0, proc.stderr
    report = data["complexity"]
    assert report["time"]["measured"] == "O(n)" and report["time"]["target"] == "O(n)"
    assert report["time"]["status"] == "optimal" and report["time"]["confidence"] >= 0.9
    assert report["space"]["measured"] == "O(1)" and report["space"]["status"] == "optimal"
    assert report["time"]["claim"]["verdict"] == "refuted" and "not tight" in report["time"]["claim"]["message"]
    assert report["space"]["claim"]["verdict"] == "confirmed"
    assert report["vectorized"] is None
    sizes = [p["size"] for p in report["points"]]
    assert len(sizes) >= 8 and max(sizes) / min(sizes) >= 10 ** 1.5
    assert all(p["count"] > 0 and p["time_s"] > 0 for p in report["points"])
    assert report["cost_s"] <= BUDGET_BOUND_S


def test_the_terminal_report_says_suboptimal_and_draws_the_plot():
    proc, _ = judge("submit", BINARY_SEARCH, "--problem", "two-sum-ii")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Accepted" in out
    assert "time   O(n log n)" in out and "target O(n)" in out and "suboptimal" in out
    assert "log-log" in out and "*" in out and "." in out


def test_no_report_without_an_accept_or_with_no_complexity():
    proc, data = judge("submit", WRONG, "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 1 and data["complexity"] is None
    proc, data = judge("submit", ACCEPTED, "--problem", "two-sum-ii", "--no-complexity", "--json")
    assert proc.returncode == 0 and data["complexity"] is None


def test_an_unreadable_claim_is_a_usage_error_before_anything_runs():
    proc, _ = judge("submit", ACCEPTED, "--problem", "two-sum-ii", "--claim", "O(n^1.5)")
    assert proc.returncode == 2 and proc.stderr.strip().count("\n") == 0
    assert "--claim 'O(n^1.5)'" in proc.stderr and "whole numbers" in proc.stderr
    proc, _ = judge("submit", ACCEPTED, "--problem", "two-sum-ii", "--claim", "O(n)", "--no-complexity")
    assert proc.returncode == 2 and "drop one of them" in proc.stderr


def test_a_submission_that_switches_the_counter_off_gets_an_inconclusive_report(write_submission):
    tamper = "import sys\n" + TWO_POINTERS.replace(
        "    i, j = 0,", "    for tool in range(6):\n"
                        "        try:\n            sys.monitoring.set_events(tool, 0)\n"
                        "        except ValueError:\n            pass\n    i, j = 0,")
    proc, data = judge("submit", write_submission(tamper), "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 0 and data["verdict"] == "accepted"  # the verdict stands; the report fails closed
    assert data["complexity"]["time"]["status"] == "inconclusive"
    assert "MeasurementTampered" in data["complexity"]["time"]["reason"]


def test_a_submission_that_refuses_the_counting_wrappers_is_still_measured(write_submission):
    picky = TWO_POINTERS.replace("    i, j = 0,", "    if type(numbers[0]) is not int:\n"
                                                    "        raise TypeError('plain ints only')\n    i, j = 0,")
    proc, data = judge("submit", write_submission(picky), "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 0
    assert data["complexity"]["time"]["measured"] == "O(n)"
    assert any("counting wrappers" in note for note in data["complexity"]["notes"])


def test_a_time_limit_gets_a_report_that_says_how_it_grows():
    """A quadratic Two Sum II passes the small cases, then hits the limit: the verdict stays time_limit, and
    the report, in the text and in --json, measures O(n^2) against the target O(n)."""
    quadratic = TWO_SUM / "submissions" / "time_limit" / "quadratic.py"
    proc, data = judge("submit", quadratic, "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 1 and data["verdict"] == "time_limit", proc.stderr
    report = data["complexity"]
    assert report["time"]["measured"] == "O(n^2)" and report["time"]["target"] == "O(n)"
    assert report["time"]["status"] == "suboptimal"
    assert report["cost_s"] <= BUDGET_BOUND_S
    proc, _ = judge("submit", quadratic, "--problem", "two-sum-ii")
    out = proc.stdout
    assert proc.returncode == 1 and out.startswith("Time Limit Exceeded")
    # The CPU-time limit, or on a loaded machine the wall-clock backstop first: either way, why before how.
    assert out.index("Why:") < out.index("Complexity (measured")
    assert "time   O(n^2)" in out and "suboptimal" in out and "log-log" in out


def test_a_time_limit_while_loading_gets_no_report(tmp_path):
    source = tmp_path / "two_sum_ii.py"
    source.write_text("while True:\n    pass\n")
    proc, data = judge("submit", source, "--problem", "two-sum-ii", "--json")
    assert proc.returncode == 1 and data["verdict"] == "time_limit" and data["complexity"] is None


BOUQUETS = REPO / "problems" / "binary-search-on-answer" / "minimum-number-of-days-to-make-m-bouquets"


def test_a_claim_is_judged_against_what_the_report_shows_and_unswept_names_against_the_target():
    """Issue 15: with O(n log D) displayed (D is not swept), O(n log D) is confirmed and O(n) refuted; a name
    neither a size parameter nor the target's is refused, with the names a claim may use."""
    proc, data = judge("submit", BOUQUETS / "reference.py", "--problem", BOUQUETS.name, "--claim", "O(n log D)",
                       "--json")
    assert proc.returncode == 0, proc.stderr
    time_part = data["complexity"]["time"]
    assert time_part["measured"] == "O(n log D)" and time_part["not_swept"] == ["D"]
    assert time_part["claim"]["verdict"] == "confirmed" and "D not swept" in time_part["claim"]["message"]
    proc, data = judge("submit", BOUQUETS / "reference.py", "--problem", BOUQUETS.name, "--claim", "O(n)", "--json")
    assert data["complexity"]["time"]["claim"]["verdict"] == "refuted"
    assert "faster than claimed (in D)" in data["complexity"]["time"]["claim"]["message"]
    proc, _ = judge("submit", BOUQUETS / "reference.py", "--problem", BOUQUETS.name, "--claim",
                    "O(n log(max(bloom_day)))")
    assert proc.returncode == 2 and "may use only n, D" in proc.stderr


def test_a_heap_dijkstra_on_a_grid_reads_as_a_product_never_a_sum():
    grid = REPO / "problems" / "dijkstra" / "path-with-minimum-effort"
    proc, data = judge("submit", grid / "reference.py", "--problem", grid.name, "--json")
    assert proc.returncode == 0, proc.stderr
    time_part = data["complexity"]["time"]
    assert time_part["measured"] in ("O(m n log(m n))", "O(m n log m)", "O(m n log n)"), time_part
    assert time_part["diagonal"]["measured"] == "O(k^2 log k)"
    assert "m+n" not in time_part["measured"]


def test_a_random_pivot_quickselect_reads_linear_over_several_seeds():
    kth = REPO / "problems" / "heap" / "kth-largest-element-in-an-array"
    proc, data = judge("submit", kth / "reference.py", "--problem", kth.name, "--json")
    assert proc.returncode == 0, proc.stderr
    assert data["complexity"]["time"]["measured"] == "O(n)"
    assert all(p["seeds"] == 5 for p in data["complexity"]["points"])
