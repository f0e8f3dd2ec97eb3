"""Where each problem of a session stands, computed from the recorded submissions alone."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from judge.clock import seconds_between
from judge.store.submissions import submission_time

UNATTEMPTED, ATTEMPTED, ACCEPTED = "unattempted", "attempted", "accepted"


@dataclass
class ProblemProgress:
    slug: str
    title: str
    patterns: list[str]
    difficulty: str
    file: str
    state: str = UNATTEMPTED  # accepted means accepted in time; a late accept leaves it attempted
    attempts: int = 0  # every submission, late ones included
    solved_at_s: int | None = None  # the first in-time accept, counted from the session's start
    rejected_before_accept: int = 0  # non-accepted submissions before that accept
    late_accepted_at_s: int | None = None  # the first accept after the deadline, if it was never solved in time
    complexity: str | None = None  # time.status of the first in-time accept, once complexity reports exist
    hints_used: int = 0  # hints shown before the first in-time accept (all of them, if there was none)
    test_strength: float | None = None  # the latest `judge cases` of the session: known bugs caught / tried
    plan: dict | None = None  # `judge plan`, scored once solved in time (shown_plan)
    verdicts: list[dict] = field(default_factory=list)  # {submission_id, verdict, at_s, late}

    def to_json(self) -> dict:
        return asdict(self)


def shown_plan(row, solved: bool, time_claim: str | None) -> dict:
    """A plan as status, submit and end show it: its scores only once the problem is solved in time."""
    plan = {"patterns": json.loads(row["patterns"]), "time": row["time"], "space": row["space"],
            "planned_at": row["planned_at"], "pattern_recognised": None, "time_vs_target": None,
            "space_vs_target": None, "time_claim": None}
    if solved:
        plan.update(pattern_recognised=bool(row["pattern_recognised"]), time_vs_target=row["time_vs_target"],
                    space_vs_target=row["space_vs_target"], time_claim=time_claim or "inconclusive")
    return plan


def problem_progress(session, problems, submissions, hints=(), plans=None, strengths=None) -> list[ProblemProgress]:
    """One ProblemProgress per session problem, in the session's order.

    ``session``, ``problems`` and ``submissions`` are rows from judge.store.sessions;
    submissions must be in recording order; ``hints`` rows from judge.store.hints.session_hints;
    ``plans`` what judge.store.plans.session_plans returns; ``strengths`` what
    judge.store.case_checks.session_test_strengths returns.
    """
    time_claims: dict[str, str | None] = {}
    progress = {p["problem"]: ProblemProgress(slug=p["problem"], title=p["title"], patterns=json.loads(p["patterns"]),
                                              difficulty=p["difficulty"], file=p["file_path"])
                for p in problems}
    for row in submissions:
        item = progress.get(row["problem"])
        if item is None:  # not one of the session's problems; the session layer never records these
            continue
        at_s = seconds_between(session["started_at"], submission_time(row))
        late = bool(row["late"])
        item.attempts += 1
        item.verdicts.append({"submission_id": row["id"], "verdict": row["verdict"], "at_s": at_s, "late": late})
        if item.state == ACCEPTED:
            continue
        item.state = ATTEMPTED
        if row["verdict"] == "accepted" and not late:
            item.state, item.solved_at_s, item.complexity = ACCEPTED, at_s, row["complexity_status"]
            time_claims[item.slug] = row["time_claim"]
        elif row["verdict"] == "accepted":
            if item.late_accepted_at_s is None:
                item.late_accepted_at_s = at_s
        elif not late:
            item.rejected_before_accept += 1
    for hint in hints:  # a hint read after solving is learning, not help: it does not count
        item = progress.get(hint["problem"])
        if item is not None and (item.solved_at_s is None
                                 or seconds_between(session["started_at"], hint["shown_at"]) <= item.solved_at_s):
            item.hints_used = max(item.hints_used, hint["hint"])
    for slug, strength in (strengths or {}).items():
        if slug in progress:
            progress[slug].test_strength = strength
    for slug, row in (plans or {}).items():
        if slug in progress:
            item = progress[slug]
            item.plan = shown_plan(row, item.solved_at_s is not None, time_claims.get(slug))
    return list(progress.values())
