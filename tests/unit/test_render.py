"""Terminal text: what a submission controls is shown, never obeyed; tracebacks read as Python prints them."""

import re

from judge.grading.verdicts import FailingCase, Report, Verdict
from judge.render import report_text
from judge.safe_text import visible, visible_lines
from judge.style import set_colour


def test_control_characters_become_visible_escapes():
    assert visible("a\x1b]0;title\x07b") == "a\\x1b]0;title\\x07b"
    assert visible("\x1b[1A\x1b[2K\rAccepted") == "\\x1b[1A\\x1b[2K\\x0dAccepted"
    assert visible("\x9b2J \x7f \x00") == "\\x9b2J \\x7f \\x00"  # C1 CSI, DEL, NUL
    assert visible("\u202eevil\u2066") == "\\u202eevil\\u2066"  # bidi override and isolate
    assert visible("lone \udcff") == "lone \\udcff"  # a surrogate UTF-8 cannot encode
    assert visible("tabs\tand\nnewlines stay, é and 中 too") == "tabs\tand\nnewlines stay, é and 中 too"
    assert visible(42) == "42"


def test_later_lines_are_indented_so_none_passes_for_the_judges_own():
    assert visible_lines("one\nAccepted  two-sum-ii\x07", "    ") == "one\n    Accepted  two-sum-ii\\x07"


def test_a_report_carries_no_control_character_from_the_submission():
    evil = "\x1b]52;c;ZXZpbA==\x07\x1b[2J"
    case = FailingCase(source="hidden", index=1, tags=["min-size"], input=f"s = {evil!r}", expected="[1, 2]",
                       got=evil, stdout=evil + "\n" + evil, reason="the answer differs from the expected one")
    report = Report(problem="p", verdict=Verdict.WRONG_ANSWER, passed=0, total=3, failing_case=case,
                    message=case.reason, stderr_tail=evil)
    plain = report_text(report)
    assert "\x1b" not in plain and "\x07" not in plain
    assert "\\x1b]52;c;ZXZpbA==\\x07" in plain
    set_colour(True)
    try:
        coloured = report_text(report)
    finally:
        set_colour(False)
    assert "\x1b[" in coloured  # the judge's own colour, on its own words only:
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_a_recursion_is_shown_three_times_then_counted_after_the_exception():
    error = {"type": "RecursionError", "message": "maximum recursion depth exceeded", "line": 4, "text": "",
             "traceback": [["9", "solve", "return dive(n)", 1], ["4", "dive", "return dive(n - 1)", 9995],
                           ["3", "dive", "if n == 0:", 1]]}
    report = Report(problem="p", verdict=Verdict.RUNTIME_ERROR, passed=0, total=3, error=error,
                    message="RecursionError: maximum recursion depth exceeded")
    lines = report_text(report).splitlines()[1:]
    assert lines[0] == "  RecursionError: maximum recursion depth exceeded"
    assert lines[1] == "  Traceback (your code, most recent call last):"
    assert lines[2:] == ["    line 9, in solve: return dive(n)"] + ["    line 4, in dive: return dive(n - 1)"] * 3 + [
        "    [previous line repeated 9992 more times]", "    line 3, in dive: if n == 0:"]


def test_frames_recorded_before_counts_existed_still_render():
    error = {"type": "ValueError", "message": "bad", "traceback": [["5", "f", "raise ValueError('bad')"]]}
    report = Report(problem="p", verdict=Verdict.RUNTIME_ERROR, passed=0, total=1, error=error,
                    message="ValueError: bad")
    assert "    line 5, in f: raise ValueError('bad')" in report_text(report).splitlines()
