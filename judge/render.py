"""Turning results into terminal text. No logic decides anything here."""

from __future__ import annotations

import sys

import click

from judge.grading.verdicts import FailingCase, Report
from judge.safe_text import visible, visible_lines

_COLORS = {"accepted": "green", "wrong_answer": "red", "time_limit": "yellow", "memory_limit": "yellow",
           "runtime_error": "red", "compile_error": "magenta", "output_limit": "yellow"}


def verdict_line(report: Report) -> str:
    label = click.style(report.verdict.label, fg=_COLORS[report.verdict.value], bold=True)
    what = f"{report.passed}/{report.total} {report.cases} tests passed"
    if report.accepted and report.property_examples:
        what += f", {report.property_examples} property examples"
        if report.extra.get("property_budget_spent"):
            what += " (time budget reached)"
    return f"{label}  {report.problem}  {what}  ({report.elapsed_s:.2f} s)"


RECURSION_SHOWN = 3  # identical frames in a row shown before "[previous line repeated N more times]", as Python does


def _case_lines(title: str, case: FailingCase, error_message: str = "") -> list[str]:
    lines = [title]
    lines.append(f"    Input:    {visible_lines(case.input, '              ')}")
    if case.expected is not None:
        lines.append(f"    Expected: {visible_lines(case.expected, '              ')}")
    if case.got is not None:
        lines.append(f"    Got:      {visible_lines(case.got, '              ')}")
    if case.reason and case.reason != error_message:  # an exception's own words are shown above
        lines.append(f"    Why:      {visible_lines(case.reason, '              ')}")
    if case.stdout:
        lines.append(f"    Stdout:   {visible_lines(case.stdout.rstrip(chr(10)), '              ')}")
    return lines


def _traceback_lines(frames: list) -> list[str]:
    """The submission's frames, most recent call last; a frame repeated in a row is shown three times, then
    counted, as Python's own traceback does."""
    lines = ["  Traceback (your code, most recent call last):"]
    for frame in frames:
        line, func, text = frame[:3]
        times = frame[3] if len(frame) > 3 and isinstance(frame[3], int) else 1
        shown = f"    line {visible(line)}, in {visible(func)}: {visible(text)}"
        lines += [shown] * min(times, RECURSION_SHOWN)
        if times > RECURSION_SHOWN:
            lines.append(f"    [previous line repeated {times - RECURSION_SHOWN} more times]")
    return lines


def report_text(report: Report) -> str:
    """The report as terminal text: the verdict, the exception (type and message first, then the
    submission's own frames), the failing case.  Every string a submission controls goes through
    ``visible`` (judge/safe_text.py); the judge's own colour is applied to the verdict label alone."""
    lines = [verdict_line(report)]
    shown_case = report.failing_case or report.counterexample
    if not report.accepted and report.message and not (shown_case and shown_case.reason == report.message
                                                       and not report.error):
        lines.append(f"  {visible_lines(report.message, '    ')}")
    error = report.error or {}
    shown_above = report.message if error else ""  # an exception's type and message, not repeated as "Why"
    if error.get("text"):
        lines.append(f"    {visible(error['text'])}")
    if error.get("traceback"):
        lines += _traceback_lines(error["traceback"])
    if report.failing_case:
        case = report.failing_case
        tags = f" [{', '.join(case.tags)}]" if case.tags else ""
        lines += _case_lines(f"  Failing {case.source} case {case.index}{tags}:", case, shown_above)
    if report.counterexample:
        title = f"  Minimal counterexample (shrunk by Hypothesis, {report.property_examples} examples run):"
        lines += _case_lines(title, report.counterexample, shown_above)
    if report.stderr_tail.strip() and not report.accepted:
        tail = report.stderr_tail.strip().splitlines()[-5:]
        lines.append("  Stderr (last lines):")
        lines += [f"    {visible(t[:200])}" for t in tail]
    return "\n".join(lines)


class Progress:
    """A one-line progress display on stderr, drawn only when stderr is a terminal."""

    def __init__(self, enabled: bool | None = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.drawn = False

    def __call__(self, phase: str, done: int, total: int):
        if not self.enabled:
            return
        width = 24
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r  {phase:<16} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ")
        sys.stderr.flush()
        self.drawn = True

    def clear(self):
        if self.drawn:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()
            self.drawn = False
