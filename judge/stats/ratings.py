"""From a closed session's outcome to one FSRS rating per pattern (documented in docs/stats.md).

Per problem of the session:

- Again (1): not accepted before the deadline (never attempted, only rejected, or accepted late);
- Hard  (2): accepted in time, but after two or more rejected submissions, or at a complexity
             the complexity report calls suboptimal;
- Good  (3): accepted in time after exactly one rejected submission, or at the first submission
             but later than the problem's share of the clock (minutes / number of problems);
- Easy  (4): accepted in time at the first submission, within its share of the clock.

Hints lower the rating of a problem solved in time: one hint shown before the accept caps it at
Good, two or more at Hard (the last hint is close to the approach; a problem solved with it was not
solved alone).  Hints read after solving do not count.

A pattern's rating is the lowest over the session's problems that drill it.  A
session with no submission at all was abandoned, not failed: it yields no reviews.
"""

from __future__ import annotations

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}


def problem_rating(problem, share_s: float) -> tuple[int, str]:
    """The rating and its reason for one problem's progress (a judge.sessions.progress.ProblemProgress)."""
    rating, reason = _outcome_rating(problem, share_s)
    cap = EASY if problem.hints_used == 0 else GOOD if problem.hints_used == 1 else HARD
    if rating > cap:
        return cap, f"{reason}, with {problem.hints_used} hint(s)"
    return rating, reason


def _outcome_rating(problem, share_s: float) -> tuple[int, str]:
    if problem.solved_at_s is None:
        if problem.late_accepted_at_s is not None:
            return AGAIN, f"{problem.slug} was accepted only after the deadline"
        if problem.attempts == 0:
            return AGAIN, f"{problem.slug} was not attempted"
        return AGAIN, f"{problem.slug} was not accepted in {problem.attempts} submission(s)"
    rejected = problem.rejected_before_accept
    if problem.complexity == "suboptimal":
        return HARD, f"{problem.slug} was accepted above its target complexity"
    if rejected >= 2:
        return HARD, f"{problem.slug} was accepted after {rejected} rejected submissions"
    if rejected == 1:
        return GOOD, f"{problem.slug} was accepted after one rejected submission"
    if problem.solved_at_s > share_s:
        return GOOD, f"{problem.slug} was accepted first try, but after its share of the clock"
    return EASY, f"{problem.slug} was accepted first try within its share of the clock"


def session_ratings(problems: list, minutes: int) -> list[tuple[str, int, str]]:
    """(pattern, rating, reason) for every pattern the session drilled; [] for an abandoned session."""
    if not problems or not any(p.attempts for p in problems):
        return []
    share_s = minutes * 60 / len(problems)
    worst: dict[str, tuple[int, str]] = {}
    for problem in problems:
        rating, reason = problem_rating(problem, share_s)
        for pattern in problem.patterns:
            if pattern not in worst or rating < worst[pattern][0]:
                worst[pattern] = (rating, reason)
    return [(pattern, rating, reason) for pattern, (rating, reason) in sorted(worst.items())]
