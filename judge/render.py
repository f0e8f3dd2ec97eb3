"""Turning results into terminal text. No logic decides anything here."""

from __future__ import annotations

import sys

import click

from judge.grading.verdicts import FailingCase, Report

_COLORS = {"accepted": "green", "wrong_answer": "red", "time_limit": "yellow", "memory_limit": "yellow",
           "runtime_error": "red", "compile_error": "magenta", "output_limit": "yellow"}


def verdict_line(report: Report) -> str:
    label = click.style(report.verdict.label, fg=_COLORS[report.verdict.value], bold=True)
    what = f"{report.passed}/{report.total} hidden tests passed"
    if report.accepted and report.property_examples:
        what += f", {report.property_examples} property examples"
        if report.extra.get("property_budget_spent"):
            what += " (time budget reached)"
    return f"{label}  {report.problem}  {what}  ({report.elapsed_s:.2f} s)"


def _case_lines(title: str, case: FailingCase) -> list[str]:
    lines = [title]
    lines.append(f"    Input:    {case.input}")
    if case.expected is not None:
        lines.append(f"    Expected: {case.expected}")
    if case.got is not None:
        lines.append(f"    Got:      {case.got}")
    if case.reason:
        lines.append(f"    Why:      {case.reason}")
    if case.stdout:
        shown = case.stdout.rstrip("\n").replace("\n", "\n              ")
        lines.append(f"    Stdout:   {shown}")
    return lines


def report_text(report: Report) -> str:
    lines = [verdict_line(report)]
    shown_case = report.failing_case or report.counterexample
    if not report.accepted and report.message and not (shown_case and shown_case.reason == report.message):
        lines.append(f"  {report.message}")
    error = report.error or {}
    if error.get("text"):
        lines.append(f"    {error['text']}")
    for line, func, text in error.get("traceback", []):
        lines.append(f"    line {line}, in {func}: {text}")
    if report.failing_case:
        case = report.failing_case
        tags = f" [{', '.join(case.tags)}]" if case.tags else ""
        lines += _case_lines(f"  Failing {case.source} case {case.index}{tags}:", case)
    if report.counterexample:
        lines += _case_lines(f"  Minimal counterexample (shrunk by Hypothesis, {report.property_examples} examples run):",
                             report.counterexample)
    if report.stderr_tail.strip() and not report.accepted:
        tail = report.stderr_tail.strip().splitlines()[-5:]
        lines.append("  Stderr (last lines):")
        lines += [f"    {t[:200]}" for t in tail]
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
