"""Every verdict, reached through the real Docker engine."""

import time

import pytest

from judge.grading.grader import GradeRequest, grade
from judge.packs.loader import find_problem

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

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


def judge(engine, judge_home, source, slug="two-sum-ii", **kwargs):
    client, image = engine
    kwargs.setdefault("database_dir", judge_home / "hypothesis")
    return grade(GradeRequest(client, image, find_problem(slug), source, **kwargs))


def test_function_is_accepted_with_property_tests(engine, judge_home):
    report = judge(engine, judge_home, TWO_POINTERS)
    assert report.verdict.value == "accepted", report
    assert report.passed == report.total >= 25
    assert report.property_examples > 0


def test_leetcode_class_using_list_without_import_is_accepted(engine, judge_home):
    source = """
class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            s = numbers[lo] + numbers[hi]
            if s == target:
                return [lo + 1, hi + 1]
            lo, hi = (lo + 1, hi) if s < target else (lo, hi - 1)
"""
    assert judge(engine, judge_home, source).verdict.value == "accepted"


def test_off_by_one_is_wrong_answer_with_the_failing_input(engine, judge_home):
    report = judge(engine, judge_home, TWO_POINTERS.replace("[i + 1, j + 1]", "[i, j + 1]"))
    assert report.verdict.value == "wrong_answer"
    case = report.failing_case
    assert case.source == "hidden" and case.index == 1 and case.tags
    assert case.input == "numbers = [1, 2], target = 3"
    assert case.expected == "[1, 2]" and case.got == "[0, 2]"
    assert report.passed == 0 and report.total >= 25


def test_stdout_of_the_failing_case_is_shown(engine, judge_home):
    source = TWO_POINTERS.replace("    return [i + 1, j + 1]", "    print('debug', i, j)\n    return [i, j]")
    report = judge(engine, judge_home, source)
    assert report.failing_case.stdout == "debug 0 1\n"


def test_quadratic_two_sum_is_time_limit(engine, judge_home):
    source = """
def two_sum_sorted(numbers, target):
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                return [i + 1, j + 1]
"""
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "time_limit"
    assert {"max-size", "large"} & set(report.failing_case.tags)  # small cases pass in time


def test_endless_loop_is_time_limit_within_twice_the_limit(engine, judge_home):
    limit = find_problem("two-sum-ii").limits.time_s
    started = time.monotonic()
    report = judge(engine, judge_home, "def two_sum_sorted(numbers, target):\n    while True:\n        pass\n")
    assert report.verdict.value == "time_limit"
    assert time.monotonic() - started < 2 * limit + 1.0  # + container start and removal


def test_unbounded_allocation_is_memory_limit(engine, judge_home):
    source = "def two_sum_sorted(numbers, target):\n    hog = []\n    while True:\n        hog.append(bytearray(32 << 20))\n"
    assert judge(engine, judge_home, source).verdict.value == "memory_limit"


def test_one_huge_allocation_is_memory_limit(engine, judge_home):
    source = "def two_sum_sorted(numbers, target):\n    return [0] * (10 ** 10)\n"
    assert judge(engine, judge_home, source).verdict.value == "memory_limit"


def test_syntax_error_is_compile_error_with_its_line(engine, judge_home):
    report = judge(engine, judge_home, "def two_sum_sorted(numbers, target):\n    return [1, 2\n\nx = (\n")
    assert report.verdict.value == "compile_error"
    assert report.error["line"] in (2, 4) and "SyntaxError" in report.message


def test_missing_entry_point_is_compile_error(engine, judge_home):
    report = judge(engine, judge_home, "def two_sum(numbers, target):\n    return [1, 2]\n")
    assert report.verdict.value == "compile_error"
    assert "two_sum_sorted" in report.message and "twoSum" in report.message


def test_uncaught_exception_is_runtime_error_with_user_traceback(engine, judge_home):
    source = "def helper(x):\n    return x[10**9]\n\ndef two_sum_sorted(numbers, target):\n    return helper(numbers)\n"
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "runtime_error"
    assert report.error["type"] == "IndexError"
    assert [frame[0] for frame in report.error["traceback"]] == ["5", "2"]
    assert all("runner.py" not in str(frame) for frame in report.error["traceback"])


def test_error_at_import_time_is_runtime_error(engine, judge_home):
    report = judge(engine, judge_home, "import no_such_module\n" + TWO_POINTERS)
    assert report.verdict.value == "runtime_error"
    assert "ModuleNotFoundError" in report.message


def test_flood_of_output_is_output_limit(engine, judge_home):
    source = "def two_sum_sorted(numbers, target):\n    while True:\n        print('x' * 1000)\n"
    assert judge(engine, judge_home, source).verdict.value == "output_limit"


def test_property_failure_is_shrunk_to_a_minimal_counterexample(engine, judge_home):
    # Wrong only when the answer's first position is not 1; hidden cases are sidestepped by
    # giving up on lists longer than 2 the reference answers at position 1.
    source = """
def two_sum_sorted(numbers, target):
    if len(numbers) > 30:
        lo, hi = 0, len(numbers) - 1
        while numbers[lo] + numbers[hi] != target:
            lo, hi = (lo + 1, hi) if numbers[lo] + numbers[hi] < target else (lo, hi - 1)
        return [lo + 1, hi + 1]
    for j in range(1, len(numbers)):
        if numbers[0] + numbers[j] == target:
            return [1, j + 1]
    return [1, 2]
"""
    from judge.packs.loader import find_problem as find
    from judge.packs.model import Case

    problem = find("two-sum-ii")
    problem.__dict__["hidden_cases"] = [Case(1, [[1, 2], 3], ("min-size",))]  # property phase only
    client, image = engine
    report = grade(GradeRequest(client, image, problem, source, database_dir=judge_home / "hypothesis"))
    assert report.verdict.value == "wrong_answer"
    ce = report.counterexample
    assert ce is not None and ce.source == "property"
    # Shrunk from up to 30 values in [-50, 50] to a handful of tiny ones.
    numbers = [int(v) for v in ce.input.split("[", 1)[1].split("]", 1)[0].split(",")]
    assert len(numbers) <= 4 and all(abs(v) <= 2 for v in numbers), ce.input
    # Replayed first next time, from the example database in the data dir.
    assert any((judge_home / "hypothesis" / "two-sum-ii").rglob("*"))
    again = grade(GradeRequest(client, image, problem, source, database_dir=judge_home / "hypothesis"))
    assert again.counterexample.input == ce.input


def test_same_file_same_verdict(engine, judge_home):
    source = TWO_POINTERS.replace("[i + 1, j + 1]", "[i + 1, j + 1] if len(numbers) != 4 else [1, 1]")
    first = judge(engine, judge_home, source)
    second = judge(engine, judge_home, source)
    assert first.verdict == second.verdict
    assert (first.failing_case or first.counterexample).input == (second.failing_case or second.counterexample).input


def test_property_examples_are_recorded_once_and_are_hypothesis_own(engine, judge_home):
    from judge.grading import properties

    problem = find_problem("two-sum-ii")
    cache = judge_home / "cache"
    recorded = properties.recorded_examples(problem, 40, judge_home / "hypothesis", cache)
    assert len(recorded) == 40 and len({c.args_json for c in recorded}) > 30
    assert len(list(cache.glob("two-sum-ii-properties-*.cases"))) == 1
    properties._recorded.clear()  # from the file now, and equal to a fresh recording
    assert properties.recorded_examples(problem, 40, judge_home / "hypothesis", cache) == recorded
    assert properties._record(problem, 40, judge_home / "hypothesis") == recorded  # same seed, same examples


def test_a_submission_that_fails_once_is_rejected_even_if_it_never_fails_again(engine, judge_home):
    # Wrong on its 40th call only: the recorded examples meet that, the live search that follows (to shrink)
    # never does; the failure found stands, unshrunk.
    source = TWO_POINTERS.replace("def two_sum_sorted(numbers, target):", """CALLS = [0]
def two_sum_sorted(numbers, target):
    CALLS[0] += 1
    if CALLS[0] == 40:
        return [0, 0]""")
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "wrong_answer"
    assert report.counterexample is not None and report.counterexample.source == "property"
