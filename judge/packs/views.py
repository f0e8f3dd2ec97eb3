"""What `judge problems` and `judge show` print, as JSON and as text, built once for the CLI and the service."""

from __future__ import annotations

from dataclasses import dataclass

from judge.packs.model import Problem
from judge.style import secondary
from judge.tables import table


@dataclass(frozen=True)
class View:
    data: dict  # what --json prints
    text: str  # what the terminal shows


def problem_summary(problem: Problem) -> dict:
    return {"slug": problem.slug, "title": problem.title, "pack": problem.pack, "patterns": list(problem.patterns),
            "difficulty": problem.difficulty, "leetcode": problem.leetcode, "entry": problem.entry.name,
            "aliases": list(problem.entry.aliases), "target": problem.complexity, "variant_of": problem.variant_of,
            "runtime": problem.runtime}


def problems_view(problems: list[Problem], pattern: str | None) -> View:
    """The problems, of ``pattern`` only when given (UsageError when no problem drills it)."""
    from judge.packs.loader import check_patterns

    if pattern is not None:
        check_patterns([pattern], problems)
    chosen = [p for p in problems if pattern is None or pattern in p.patterns]
    data = {"problems": [problem_summary(p) for p in chosen]}
    if not chosen:
        return View(data, f"No problems for pattern {pattern!r}; `judge packs` lists the patterns.")
    rows = [(p.slug, ", ".join(p.patterns), p.difficulty, p.leetcode or "", p.entry.name, p.complexity["time"])
            for p in chosen]
    return View(data, table(rows, ["slug", "patterns", "difficulty", "leetcode", "entry", "target"],
                            drop=("entry", "leetcode", "target")))


def show_view(problem: Problem, interview: bool) -> View:
    """A problem's statement; in an interview-mode session without pattern, pack, target or hint."""
    from judge.packs.model import show as show_value
    from judge.packs.statement import limit_line, statement_text

    examples = [{"input": problem.format_args(c.args), "output": show_value(problem.expected_answer(c.args)),
                 "explanation": c.explanation} for c in problem.examples]
    shown = {"slug": problem.slug, "title": problem.title, "difficulty": problem.difficulty,
             "entry": problem.entry.name, "aliases": list(problem.entry.aliases), "runtime": problem.runtime,
             "interview": True} if interview else {**problem_summary(problem), "hints": len(problem.hints)}
    data = {**shown, "signature": problem.entry.signature, "statement": problem.statement,
            "examples": examples, "limits": vars(problem.limits)}
    if interview:
        return View(data, statement_text(problem, limit_line(problem)))
    meta = [problem.difficulty, ", ".join(problem.patterns), f"target time {problem.complexity['time']}",
            f"space {problem.complexity['space']}", f"limit {problem.limits.time_s:g} s per test"]
    if problem.leetcode:
        meta.append(f"LeetCode {problem.leetcode}")
    if problem.variant_of:
        meta.append(f"a variant of LeetCode {problem.variant_of}")
    if problem.hints:
        meta.append(f"{len(problem.hints)} hints: `judge hint {problem.slug}`")
    return View(data, statement_text(problem, secondary(" | ".join(meta))))
