"""The scorecard `judge end` prints, per problem and overall, in the terms interviewers use.

- correctness: solved in time, attempts, the verdicts in order;
- efficiency: the complexity report's status of the accepted submission (optimal, suboptimal, inconclusive);
- testing: the strength of the candidate's own cases (``test_strength``, known bugs caught / tried, from
  the latest `judge cases` of the session; null without one);
- communication: a plan made before code, the pattern recognised, the complexity claim right;
- independence: the hints used before the accept;
- time: the split against the pace of an interview (15 minutes an easy problem, 30 a medium, 45 a hard).

Built from the session's progress alone (judge.sessions.progress); nothing here reads the store.
"""

from __future__ import annotations

PACE_MIN = {"easy": 15, "medium": 30, "hard": 45}


def problem_card(problem: dict) -> dict:
    """One problem's card, from its progress JSON (ProblemProgress.to_json)."""
    plan = problem["plan"]
    pace_s = PACE_MIN.get(problem["difficulty"], 30) * 60
    solved = problem["solved_at_s"] is not None
    return {
        "problem": problem["slug"],
        "correctness": {"solved_in_time": solved, "attempts": problem["attempts"],
                        "verdicts": [v["verdict"] for v in problem["verdicts"]]},
        "efficiency": problem["complexity"],
        "test_strength": problem["test_strength"],
        "plan": plan,
        "communication": {"planned": plan is not None,
                          "pattern_recognised": plan["pattern_recognised"] if plan else None,
                          "claim": plan["time_claim"] if plan else None},
        "claim": plan["time_claim"] if plan else None,
        "hints_used": problem["hints_used"],
        "time": {"split_s": problem["solved_at_s"], "pace_s": pace_s,
                 "on_pace": solved and problem["solved_at_s"] <= pace_s},
    }


def scorecard(problems: list[dict]) -> dict:
    """Per-problem cards and an overall line: counts over the session's problems."""
    cards = [problem_card(p) for p in problems]
    planned = [c for c in cards if c["plan"] is not None]
    return {
        "problems": cards,
        "overall": {
            "solved_in_time": sum(c["correctness"]["solved_in_time"] for c in cards),
            "problems": len(cards),
            "optimal": sum(c["efficiency"] == "optimal" for c in cards),
            "planned": len(planned),
            "patterns_recognised": sum(bool(c["communication"]["pattern_recognised"]) for c in planned),
            "claims_confirmed": sum(c["claim"] == "confirmed" for c in planned),
            "hints_used": sum(c["hints_used"] for c in cards),
            "on_pace": sum(c["time"]["on_pace"] for c in cards),
        },
    }


def scorecard_text(card: dict) -> list[str]:
    """The scorecard as lines under the summary table."""
    overall = card["overall"]
    n = overall["problems"]
    lines = [f"Scorecard: solved in time {overall['solved_in_time']}/{n}, optimal {overall['optimal']}/{n}, "
             f"on pace {overall['on_pace']}/{n}, planned {overall['planned']}/{n} "
             f"(pattern recognised {overall['patterns_recognised']}, claim confirmed {overall['claims_confirmed']}), "
             f"hints used {overall['hints_used']}."]
    for c in card["problems"]:
        plan = c["plan"]
        recognised = {True: "recognised", False: "missed"}.get(plan["pattern_recognised"], "?") if plan else "?"
        said = "no plan" if plan is None else (
            f"plan {', '.join(plan['patterns'])} {plan['time']}: pattern {recognised}, "
            f"time {plan['time_vs_target'] or '?'} vs target, claim {plan['time_claim'] or '?'}")
        lines.append(f"  {c['problem']}: {said}; hints {c['hints_used']}; "
                     f"{'on pace' if c['time']['on_pace'] else 'over pace or unsolved'}")
    return lines
