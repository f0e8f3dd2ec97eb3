"""Where a wrong answer differs: computed from decoded values, shown with the submission's text made visible."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from judge.grading.diffs import AnswerDiff, DiffKind, answer_diff
from judge.grading.verdicts import FailingCase, Report, Verdict
from judge.packs.model import Compare
from judge.render import diff_lines, report_text
from judge.sandbox.wire import LinkedListValue, TreeValue

EXACT, FLOAT = Compare(), Compare(mode="float", rel_tol=1e-6, abs_tol=1e-9)


def test_a_long_list_names_its_first_differing_index_with_a_window_in_both():
    expected = list(range(1000))
    got = expected[:637] + [-1] + expected[638:]
    diff = answer_diff(expected, got, EXACT)
    assert (diff.kind, diff.path, diff.index, diff.expected_length, diff.got_length) == (DiffKind.SEQUENCE, "", 637,
                                                                                       1000, 1000)
    assert diff.expected_window == "[..., 634, 635, 636, 637, 638, 639, 640, ...]"
    assert diff.got_window == "[..., 634, 635, 636, -1, 638, 639, 640, ...]"
    assert diff.expected_window[diff.expected_caret:].startswith("637")
    assert diff.got_window[diff.got_caret:].startswith("-1")
    lines = diff_lines(diff)
    assert lines[0] == "    Differs:  first difference at index 637"
    caret_line = lines[-1]
    assert lines[-2].index("-1") == caret_line.index("^")  # the caret stands under the first difference


def test_a_shorter_or_longer_answer_points_past_the_common_part():
    shorter = answer_diff([1, 2, 3], [1, 2], EXACT)
    assert (shorter.index, shorter.expected_length, shorter.got_length) == (2, 3, 2)
    assert shorter.got_window[shorter.got_caret] == "]"
    assert "(expected 3 items, got 2)" in diff_lines(shorter)[0]
    longer = answer_diff([1, 2], [1, 2, 9], EXACT)
    assert longer.index == 2 and longer.got_window[longer.got_caret:] == "9]"


def test_nested_lists_give_the_path_to_the_innermost_difference():
    diff = answer_diff([[0, 0], [1, 1], [2, 2], [3, 4]], [[0, 0], [1, 1], [2, 2], [3, 5]], EXACT)
    assert (diff.path, diff.index) == ("[3]", 1)
    deeper = answer_diff([[1, [2, 3]]], [[1, [2, 4]]], EXACT)
    assert (deeper.path, deeper.index) == ("[0][1]", 1)
    assert diff_lines(deeper)[0].startswith("    Differs:  at [0][1]: first difference at index 1")


def test_strings_get_a_caret_under_the_first_differing_character():
    diff = answer_diff("the quick brown fox jumps", "the quick brOwn fox jumps", EXACT)
    assert (diff.kind, diff.index) == (DiffKind.STRING, 12)
    lines = diff_lines(diff)
    assert lines[-2].index("O") == lines[-1].index("^")


def test_floats_carry_their_errors_against_the_tolerance():
    diff = answer_diff(2.0, 2.5, FLOAT)
    assert diff.kind is DiffKind.NUMBER
    assert diff.abs_error == pytest.approx(0.5) and diff.rel_error == pytest.approx(0.25)
    assert (diff.abs_tol, diff.rel_tol) == (1e-9, 1e-6)
    assert "absolute error 0.5, relative error 0.25 (the tolerance is absolute 1e-09 or relative 1e-06)" in \
        diff_lines(diff)[0]
    in_list = answer_diff([1.0, 2.0, 3.0], [1.0, 2.0, 3.1], FLOAT)
    assert in_list.index == 2 and in_list.abs_error == pytest.approx(0.1)


def test_trees_dicts_and_linked_lists_are_walked_too():
    tree = answer_diff(TreeValue((1, 2, 3, None, 5)), TreeValue((1, 2, 3, None, 6)), EXACT)
    assert (tree.path, tree.index) == ("level order", 4)
    keyed = answer_diff({"a": [1, 2]}, {"a": [1, 3]}, EXACT)
    assert (keyed.path, keyed.index) == ("['a']", 1)
    assert answer_diff({"a": 1}, {"b": 1}, EXACT).kind is DiffKind.KEYS
    linked = answer_diff(LinkedListValue((1, 2, 3)), LinkedListValue((1, 2, 3), cycle_at=0), EXACT)
    assert linked.path.startswith("cycle") and (linked.expected, linked.got) == ("None", "0")


def test_no_diff_when_equal_unordered_checked_or_of_another_kind_altogether():
    assert answer_diff([1, 2], [1, 2], EXACT) is None
    assert answer_diff([1, 2], [2, 1], Compare(mode="unordered")) is None
    assert answer_diff([1, 2], [2, 1], Compare(mode="checker")) is None
    assert answer_diff(3, None, EXACT) is None  # "expected int, got NoneType" says it already
    assert answer_diff({"a": 1}, {"a": "x"}, EXACT).kind is DiffKind.TYPE


def test_submission_text_in_a_diff_is_shown_as_visible_escapes_and_kept_exact_in_json():
    evil = "ok\x1b[2J\x07"
    diff = answer_diff(["ok"], [evil], EXACT)
    text = "\n".join(diff_lines(diff))
    assert "\x1b" not in text and "\x07" not in text and "\\x1b[2J" in text
    case = FailingCase(source="hidden", index=1, tags=[], input="s = 1", expected="['ok']", got=repr([evil]),
                       reason="the answer differs from the expected one", diff=diff)
    report = Report(problem="p", verdict=Verdict.WRONG_ANSWER, passed=0, total=1, failing_case=case,
                    message=case.reason)
    assert "\x1b" not in report_text(report)
    data = json.loads(json.dumps(report.to_json()))
    assert data["failing_case"]["diff"]["kind"] == "sequence" or data["failing_case"]["diff"]["kind"] == "string"
    assert data["failing_case"]["diff"] == json.loads(json.dumps(asdict(diff)))


def test_the_diff_is_a_typed_dataclass_with_an_enum_kind():
    diff = answer_diff([1], [2], EXACT)
    assert isinstance(diff, AnswerDiff) and isinstance(diff.kind, DiffKind)
    assert json.loads(json.dumps(asdict(diff)))["kind"] == "sequence"
