"""Turning results into terminal text. No logic decides anything here."""

from __future__ import annotations

import shutil
import sys
import threading
import time

from judge.grading.checkers import DIFFERS
from judge.grading.diffs import AnswerDiff, DiffKind
from judge.grading.verdicts import FailingCase, Report
from judge.safe_text import visible, visible_lines
from judge.style import paint, secondary, verdict_paint

CASES_WORDS = {"hidden": "hidden tests", "example": "visible examples"}


def verdict_line(report: Report) -> str:
    label = verdict_paint(report.verdict.label, report.verdict.value)
    what = f"{report.passed}/{report.total} {CASES_WORDS.get(report.cases, report.cases + ' tests')} passed"
    if report.accepted and report.property_examples:
        what += f", {report.property_examples} property examples"
        if report.extra.get("property_budget_spent"):
            what += " (time budget reached)"
    return f"{label}  {report.problem}  {what}  {secondary(f'({report.elapsed_s:.2f} s)')}"


def _window_lines(diff: AnswerDiff) -> list[str]:
    """The two windows, one above the other, with a caret under the first difference (under each window
    when the difference starts at different columns)."""
    shown = [(name, window, len(visible(window[:caret])))
             for name, window, caret in (("expected", diff.expected_window, diff.expected_caret),
                                         ("got", diff.got_window, diff.got_caret))
             if window is not None and caret is not None]
    if not shown:
        return []
    caret_at = {column for _, _, column in shown}
    lines = []
    for name, window, column in shown:
        lines.append(f"      {name:<9}{visible(window)}")
        if len(caret_at) > 1 or name == shown[-1][0]:
            lines.append(" " * (15 + column) + paint("^", "red", bold=True))
    return lines


def _error_text(diff: AnswerDiff) -> str:
    if diff.abs_error is None or diff.rel_error is None:
        return ""
    return (f"absolute error {diff.abs_error:.3g}, relative error {diff.rel_error:.3g} "
            f"(the tolerance is absolute {diff.abs_tol:g} or relative {diff.rel_tol:g})")


def diff_lines(diff: AnswerDiff) -> list[str]:
    """Where the answer differs, under the Expected and Got lines (every piece of the answers made visible)."""
    at = f"at {visible(diff.path)}: " if diff.path else ""
    if diff.kind is DiffKind.SEQUENCE:
        head = f"{at}first difference at index {diff.index}"
        if diff.expected_length != diff.got_length:
            head += f" (expected {diff.expected_length} items, got {diff.got_length})"
        error = _error_text(diff)
        return [f"    Differs:  {head}" + (f"; {error}" if error else ""), *_window_lines(diff)]
    if diff.kind is DiffKind.STRING:
        head = f"{at}first differing character at index {diff.index}"
        if diff.expected_length != diff.got_length:
            head += f" (expected {diff.expected_length} characters, got {diff.got_length})"
        return [f"    Differs:  {head}", *_window_lines(diff)]
    if diff.kind is DiffKind.TYPE:
        return [f"    Differs:  {at}expected {visible(diff.expected)}, got {visible(diff.got)}"]
    if diff.kind is DiffKind.KEYS:
        return [f"    Differs:  {at}expected the keys {visible(diff.expected)}, got {visible(diff.got)}"]
    error = _error_text(diff)
    return [f"    Differs:  {at}expected {visible(diff.expected)}, got {visible(diff.got)}"
            + (f"; {error}" if error else "")]


RECURSION_SHOWN = 3  # identical frames in a row shown before "[previous line repeated N more times]", as Python does


def _case_lines(title: str, case: FailingCase, error_message: str = "") -> list[str]:
    lines = [title]
    lines.append(f"    Input:    {visible_lines(case.input, '              ')}")
    if case.expected is not None:
        lines.append(f"    Expected: {visible_lines(case.expected, '              ')}")
    if case.got is not None:
        lines.append(f"    Got:      {visible_lines(case.got, '              ')}")
    if case.diff is not None and case.got is not None:
        lines += diff_lines(case.diff)
    if case.reason and case.reason != error_message and not (case.diff is not None and case.reason == DIFFERS):
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


def progress_text(phase: str | None, done: int, total: int, elapsed_s: float) -> str:
    """One progress line: what is being done, how far, for how long."""
    if phase is None:
        what = "starting the sandbox"
    elif phase.startswith("complexity "):
        what = f"complexity ({phase.split(' ', 1)[1]}): size {done}/{total}"
    elif phase == "shrinking":
        what = "shrinking a counterexample"
    else:
        what = f"{phase} {done}/{total}"
    return f"  {what}  {elapsed_s:.1f} s"


class Progress:
    """One line on stderr, redrawn in place while grading takes longer than ``DELAY_S`` (Kattis-style):
    hidden cases passed/total, property examples, complexity sizes.  Drawn only when stderr is a terminal
    (never under --json); ``clear`` erases it before anything else is printed, ``close`` ends its ticker."""

    DELAY_S = 0.5
    TICK_S = 0.2

    def __init__(self, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = bool(self.stream.isatty()) if enabled is None else enabled
        self.started = time.monotonic()
        self.state: tuple[str | None, int, int] = (None, 0, 0)
        self.live = True  # False from ``clear`` until the next report
        self.drawn = 0  # the width of the line on screen
        self.lock = threading.Lock()
        self.closed = threading.Event()
        if self.enabled:  # redraws the elapsed time while a phase waits (a container starting, a slow call)
            threading.Thread(target=self._tick, name="drill-judge-progress", daemon=True).start()

    def __call__(self, phase: str, done: int, total: int):
        if not self.enabled:
            return
        with self.lock:
            self.state, self.live = (phase, done, total), True
            self._draw()

    def _tick(self):
        while not self.closed.wait(self.TICK_S):
            with self.lock:
                if self.live:
                    self._draw()

    def _draw(self):
        elapsed = time.monotonic() - self.started
        if elapsed < self.DELAY_S or self.closed.is_set():
            return
        columns = shutil.get_terminal_size((80, 24)).columns
        line = progress_text(*self.state, elapsed)[: columns - 1]
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = max(self.drawn, len(line))

    def clear(self):
        if not self.enabled:
            return
        with self.lock:
            self.live = False
            if self.drawn:
                self.stream.write("\r" + " " * self.drawn + "\r")
                self.stream.flush()
                self.drawn = 0

    def close(self):
        self.clear()
        self.closed.set()
