"""A problem's statement as people read it: the text, the signature, the examples, then one closing line.

`judge show` and the session workspace both print it this way; only the closing line differs.
"""

from __future__ import annotations

from judge.packs.model import Problem, show


def statement_text(problem: Problem, footer: str) -> str:
    lines = [problem.statement.rstrip(), "", "## Signature", "", f"    {problem.entry.signature}"]
    if problem.entry.aliases:
        lines.append(f"    (or `class Solution` with method {', '.join(problem.entry.aliases)})")
    lines += ["", "## Examples"]
    for i, case in enumerate(problem.examples, 1):
        lines += ["", f"{i}. Input:  {problem.format_args(case.args)}",
                  f"   Output: {show(problem.expected_answer(case.args))}"]
        if case.explanation:
            lines.append(f"   {case.explanation}")
    lines += ["", footer]
    return "\n".join(lines)
