"""A problem's statement as people read it: the text, the signature, the examples, then one closing line.

`judge show` and the session workspace both print it this way; only the closing line differs, and in
interview mode (the default for sessions) nothing below the statement names a pattern, a target or a hint.
"""

from __future__ import annotations

from judge.packs.model import Problem, show


def statement_text(problem: Problem, footer: str, with_hints: bool = False) -> str:
    """The statement; ``with_hints`` adds the problem's hints, numbered, before the footer (practice mode)."""
    lines = [problem.statement.rstrip(), "", "## Signature", "", f"    {problem.entry.signature}"]
    if problem.entry.aliases:
        lines.append(f"    (or `class Solution` with method {', '.join(problem.entry.aliases)})")
    lines += ["", "## Examples"]
    for i, case in enumerate(problem.examples, 1):
        lines += ["", f"{i}. Input:  {problem.format_args(case.args)}",
                  f"   Output: {show(problem.expected_answer(case.args))}"]
        if case.explanation:
            lines.append(f"   {case.explanation}")
    if with_hints and problem.hints:
        lines += ["", "## Hints", ""]
        for i, hint in enumerate(problem.hints, 1):
            lines += [f"{i}. " + hint.replace("\n", "\n   "), ""]
        lines.pop()
    lines += ["", footer]
    return "\n".join(lines)


def limit_line(problem: Problem) -> str:
    """What an interview-mode view says below the statement: the time limit, nothing of the approach."""
    return f"Limit {problem.limits.time_s:g} s per test."
