"""The weakness score, the rank it gives, and the one-sentence recommendation (docs/stats.md).

Each component is in [0, 1], higher meaning weaker; the score is their
weighted mean over the components that are known for the pattern, so a
pattern is never marked weak or strong for lack of data on one axis.
"""

from __future__ import annotations

from judge.clock import clock_text

WEIGHTS = {
    "unsolved": 0.35,         # 1 - (solved + 1) / (attempted + 2): the Laplace-smoothed solve rate, inverted
    "first_try_miss": 0.20,   # 1 - (first_try + 1) / (attempts + 2)
    "slowness": 0.15,         # median time to accept / 30 min, capped at 1; 1 when no session attempt was accepted
    "complexity_miss": 0.10,  # 1 - share of accepted submissions at the target complexity
    "forgetting": 0.20,       # 1 - FSRS retrievability now
    "unrecognised": 0.15,     # 1 - (recognised + 1) / (plans + 2): the pattern not named in the plan
    "hinted": 0.10,           # (hinted + 1) / (session problems + 2): help needed before the accept
}
NEW_PATTERN_WEAKNESS = 0.5  # a pattern never practised ranks as middling, not as strong or weak
PACE_S = 30 * 60  # two mediums in a 60-minute session: 30 minutes each
VERDICT_WORDS = {"wrong_answer": "wrong answers", "time_limit": "time limits", "runtime_error": "runtime errors",
                 "memory_limit": "memory limits", "compile_error": "compile errors", "output_limit": "output limits"}


def components(stats) -> dict[str, float]:
    """The known components for one judge.stats.patterns.PatternStats."""
    found = {
        "unsolved": 1 - (stats.solved + 1) / (stats.attempted + 2),
        "first_try_miss": 1 - (stats.first_try + 1) / (stats.attempts + 2),
    }
    if stats.session_attempts:
        median = stats.median_time_to_accept_s
        found["slowness"] = 1.0 if median is None else min(1.0, median / PACE_S)
    if stats.target_complexity_share is not None:
        found["complexity_miss"] = 1 - stats.target_complexity_share
    if stats.retrievability is not None:
        found["forgetting"] = 1 - stats.retrievability
    if stats.plans:
        found["unrecognised"] = 1 - (stats.plans_recognised + 1) / (stats.plans + 2)
    if stats.session_problems:
        found["hinted"] = (stats.hinted + 1) / (stats.session_problems + 2)
    return found


def score(found: dict[str, float]) -> float:
    total = sum(WEIGHTS[k] for k in found)
    return sum(WEIGHTS[k] * v for k, v in found.items()) / total


def rank(all_stats: list) -> list:
    """Fill in weakness_score, weakness_components, weakness_rank (1 = weakest) and recommendation (the review
    schedule's; `judge stats` gives the pattern ``next_pattern`` picks its drill sentence); sorted by rank.

    Ties go to the pattern with fewer submissions (less practised), then by name.
    """
    for stats in all_stats:
        found = components(stats)
        stats.weakness_components = {k: round(v, 4) for k, v in found.items()}
        stats.weakness_score = round(score(found), 4)
    ordered = sorted(all_stats, key=lambda s: (-s.weakness_score, s.submissions, s.pattern))
    for position, stats in enumerate(ordered, 1):
        stats.weakness_rank = position
        stats.recommendation = keep_sentence(stats)
    return ordered


def drill_key(pattern: str, due: bool, weakness: float | None) -> tuple:
    """The one rule for what to drill next, shared by `judge stats` ("Drill P next") and `judge start
    --adaptive`: patterns due for review first (one never reviewed is due), the weakest first among them
    (a pattern never practised counts as NEW_PATTERN_WEAKNESS), then by name, so both name the same one."""
    return (not due, -(NEW_PATTERN_WEAKNESS if weakness is None else weakness), pattern)


def next_pattern(ranked: list, installed: dict[str, int]) -> tuple[str, str] | None:
    """The pattern to drill next by ``drill_key`` and its sentence: ``ranked`` (PatternStats of practised
    patterns, from ``rank``) and the patterns of the installed packs (name: how many problems drill it)."""
    practised = {s.pattern: s for s in ranked}
    keys = [(drill_key(s.pattern, s.review_due is not False, s.weakness_score), s.pattern) for s in ranked]
    keys += [(drill_key(p, True, None), p) for p in installed if p not in practised]
    if not keys:
        return None
    pattern = min(keys)[1]
    if pattern not in practised:
        return pattern, (f"Drill {pattern} next: you have never practised it ({installed[pattern]} problem(s) wait "
                         f"there), and a pattern never practised counts as due with weakness "
                         f"{NEW_PATTERN_WEAKNESS:.2f}, ahead of any practised pattern that is less weak or not due.")
    return pattern, drill_sentence(practised[pattern])


def _why(stats, component: str) -> str:
    if component == "unsolved":
        return f"you solved {stats.solved} of the {stats.attempted} problem(s) you attempted"
    if component == "first_try_miss":
        return f"{stats.first_try} of your {stats.attempts} attempt(s) passed at the first submission"
    if component == "slowness":
        if stats.median_time_to_accept_s is None:
            return "no timed attempt at it was accepted before the deadline"
        return (f"your median time to accept is {clock_text(stats.median_time_to_accept_s)} "
                f"against a pace of {clock_text(PACE_S)}")
    if component == "complexity_miss":
        return f"only {stats.target_complexity_share:.0%} of your accepted submissions met the target complexity"
    if component == "unrecognised":
        return f"your plans named its pattern in {stats.plans_recognised} of {stats.plans} problem(s)"
    if component == "hinted":
        return f"you used hints in {stats.hinted} of its {stats.session_problems} timed problem(s)"
    due = "due" if stats.review_due else "coming"
    return f"its review is {due} and FSRS puts your recall at {stats.retrievability:.0%}"


def _failures(stats) -> str:
    failing = {v: n for v, n in stats.verdicts.items() if v in VERDICT_WORDS}
    if not failing:
        return ""
    verdict = max(failing, key=failing.__getitem__)
    where = f" on `{stats.failed_tags[0]['tag']}` cases" if stats.failed_tags else ""
    return f", and your most common failure is {VERDICT_WORDS[verdict]}{where}"


def drill_sentence(stats) -> str:
    """Why this pattern is the one to drill next, in one sentence."""
    weighted = {k: WEIGHTS[k] * v for k, v in stats.weakness_components.items()}
    main = max(weighted, key=weighted.__getitem__)
    which = "of the patterns due for review, it is" if stats.review_due is not False else \
        "no pattern is due for review, and it is"
    return (f"Drill {stats.pattern} next: {which} the weakest ({stats.weakness_score:.2f}) "
            f"because {_why(stats, main)}{_failures(stats)}.")


def keep_sentence(stats) -> str:
    if stats.review_due:
        return f"Review {stats.pattern} soon: its FSRS review is due (weakness {stats.weakness_score:.2f})."
    if stats.next_review_due:
        return (f"Keep {stats.pattern} on its schedule: next review due {stats.next_review_due[:10]} "
                f"(weakness {stats.weakness_score:.2f}).")
    return (f"Practise {stats.pattern} in a timed session (`judge start --pattern {stats.pattern}`) "
            f"to schedule its reviews (weakness {stats.weakness_score:.2f}).")
