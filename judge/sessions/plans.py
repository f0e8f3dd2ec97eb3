"""`judge plan`: the pattern(s) and complexities a candidate states before coding, and how they score.

A plan is recorded once per problem and session; a later plan replaces it until the problem's first
submission, and is refused after.  Its scores are decided when it is made, from the problem's own
data, but shown only once the problem is accepted in time (before that they would give the pattern
away): ``pattern_recognised`` (a pattern of the problem was named), ``time_vs_target`` and
``space_vs_target`` (``optimal``: the target's class; ``weaker``: grows faster than the target;
``impossible``: grows more slowly than the target, which the reference shows is the best known).
In the session, the plan's complexities are the submission's claims unless ``--claim`` says
otherwise, so the complexity report confirms or refutes them against the measured class
(``time_claim``).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

from judge import clock
from judge.errors import UsageError
from judge.growth import ExpressionError, parse
from judge.packs.loader import all_problems
from judge.sessions.target import problem_named
from judge.store.plans import PlanTooLate, save_plan

OPTIMAL, WEAKER, IMPOSSIBLE = "optimal", "weaker", "impossible"


def versus_target(claim: str, target: str, what: str) -> str:
    """How a claimed complexity compares with the problem's target, parameter by parameter."""
    def names_in(text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", text.replace("O(", "("))
                                   if n.lower() not in ("log", "lg")))

    claim, target = (re.sub(r"\blen\s*\(\s*(\w+)\s*\)", r"\1", t) for t in (claim, target))  # len(xs) is xs
    # In the target's terms; a constant target has none, so the claim's own names are compared with constants.
    names = names_in(target) or names_in(claim)
    wanted = parse(target, names).classes
    try:
        said = parse(claim, names, lenient=True).classes
    except ExpressionError as exc:
        terms = ", ".join(names) or "constants"
        raise UsageError(f"--{what} {claim!r}: {exc}",
                         f"write it in the problem's terms ({terms}), like O(n log n)") from None
    if said == wanted:
        return OPTIMAL
    return WEAKER if any(said[p] > wanted[p] for p in names) else IMPOSSIBLE


def make_plan(conn: sqlite3.Connection, target: str | None, patterns: tuple[str, ...], time: str, space: str,
              now: datetime) -> dict:
    problem, session_id = problem_named(conn, target, "plan")
    if session_id is None:
        raise UsageError(f"{problem.slug} is not a problem of an open session",
                         "a plan belongs to a session: `judge start`, then plan one of its problems")
    known = sorted({p for q in all_problems() for p in q.patterns})
    unknown = [p for p in patterns if p not in known]
    if unknown:
        raise UsageError(f"--pattern {unknown[0]}: not a pattern this judge knows", f"use one of {', '.join(known)}")
    plan = {"patterns": list(patterns), "time": time, "space": space, "planned_at": clock.iso(now),
            "pattern_recognised": any(p in problem.patterns for p in patterns),
            "time_vs_target": versus_target(time, problem.complexity["time"], "time"),
            "space_vs_target": versus_target(space, problem.complexity["space"], "space")}
    try:
        save_plan(conn, session_id, problem.slug, plan)
    except PlanTooLate:
        raise UsageError(f"{problem.slug} has a submission in this session already, so its plan is fixed",
                         "plan before the first submission (the interview's order: plan, test, code)") from None
    return {"problem": problem.slug, "session_id": session_id, "patterns": list(patterns), "time": time,
            "space": space, "planned_at": plan["planned_at"]}
