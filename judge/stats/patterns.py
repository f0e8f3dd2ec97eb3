"""Per-pattern statistics from the submission history (definitions in docs/stats.md).

Units:
- a *problem* is attempted once it has a submission, solved once it has an
  accepted submission that was not late;
- an *attempt* is one problem in one session, or, outside sessions, all the
  submissions of one problem; it was a *first-try* accept when its first
  submission was accepted and not late;
- the *time to accept* of a session attempt is the time from the session's
  start to its first in-time accept (the split time `judge end` shows).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime

from judge.clock import iso, seconds_between
from judge.store.submissions import submission_time

FAILING_TAGS_SHOWN = 3


@dataclass
class PatternStats:
    pattern: str
    attempted: int = 0
    solved: int = 0
    solve_rate: float | None = None
    attempts: int = 0
    first_try: int = 0
    first_try_rate: float | None = None
    session_attempts: int = 0
    median_time_to_accept_s: float | None = None
    times_to_accept_s: list = field(default_factory=list)  # each session attempt's, in the order they were made
    submissions: int = 0
    verdicts: dict = field(default_factory=dict)
    target_complexity_share: float | None = None
    complexity_measured: int = 0  # accepted submissions measured optimal or suboptimal: the share's denominator
    failed_tags: list = field(default_factory=list)  # [{"tag": ..., "count": ...}], most failed first
    last_practised: str | None = None
    next_review_due: str | None = None
    review_due: bool | None = None
    retrievability: float | None = None
    recognition_rate: float | None = None  # plans naming a pattern of the problem / plans made
    hint_rate: float | None = None  # session problems with a hint before the accept / session problems
    claim_accuracy: float | None = None  # plans whose time claim the report confirmed / plans it confirmed or refuted
    median_test_strength: float | None = None  # over session problems with a `judge cases` check
    plans: int = 0  # session problems of the pattern with a `judge plan`
    plans_recognised: int = 0  # ... whose plan named one of the problem's patterns
    session_problems: int = 0  # problems of the pattern in sessions
    hinted: int = 0  # ... with a hint shown before the in-time accept
    weakness_score: float | None = None
    weakness_components: dict = field(default_factory=dict)
    weakness_rank: int | None = None
    recommendation: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def pattern_stats(rows, cards: dict, now: datetime, attempts=()) -> list[PatternStats]:
    """Statistics for every pattern with a submission in ``rows`` (judge.store.practice rows, oldest first).

    ``cards`` maps patterns to judge.stats.schedule.PatternCard; ``attempts`` are the session problems
    (judge.store.practice.session_attempts) the interview-skill rates come from; the weakness
    fields are left for judge.stats.weakness to fill in.
    """
    by_pattern: dict[str, list] = {}
    for row in rows:
        for pattern in json.loads(row["patterns"]):
            by_pattern.setdefault(pattern, []).append(row)
    skills: dict[str, list] = {}
    for attempt in attempts:
        for pattern in json.loads(attempt["patterns"]):
            skills.setdefault(pattern, []).append(attempt)
    found = []
    for pattern, pattern_rows in sorted(by_pattern.items()):
        stats = _one_pattern(pattern, pattern_rows, cards.get(pattern), now)
        _skills(stats, skills.get(pattern, []))
        found.append(stats)
    return found


def _skills(stats: PatternStats, attempts: list) -> None:
    """The interview-skill rates of one pattern, from its session problems."""
    planned = [a for a in attempts if a["pattern_recognised"] is not None]
    stats.plans, stats.plans_recognised = len(planned), sum(bool(a["pattern_recognised"]) for a in planned)
    stats.session_problems, stats.hinted = len(attempts), sum(a["hints_used"] > 0 for a in attempts)
    stats.recognition_rate = _rate(stats.plans_recognised, stats.plans)
    stats.hint_rate = _rate(stats.hinted, stats.session_problems)
    claimed = [a["time_claim"] for a in planned if a["time_claim"] in ("confirmed", "refuted")]
    stats.claim_accuracy = _rate(claimed.count("confirmed"), len(claimed))
    strengths = [a["test_strength"] for a in attempts if a["test_strength"] is not None]
    stats.median_test_strength = round(statistics.median(strengths), 4) if strengths else None


def _one_pattern(pattern: str, rows: list, card, now: datetime) -> PatternStats:
    stats = PatternStats(pattern)
    attempted, solved = set(), set()
    units: dict[tuple, list] = {}
    for row in rows:
        attempted.add(row["problem"])
        if row["verdict"] == "accepted" and not row["late"]:
            solved.add(row["problem"])
        units.setdefault((row["session_id"] or "free", row["problem"]), []).append(row)
    stats.attempted, stats.solved = len(attempted), len(solved)
    stats.solve_rate = _rate(stats.solved, stats.attempted)

    times = []
    for (session, _), unit in units.items():
        first = unit[0]
        stats.first_try += first["verdict"] == "accepted" and not first["late"]
        if session != "free":
            stats.session_attempts += 1
            accept = next((r for r in unit if r["verdict"] == "accepted" and not r["late"]), None)
            if accept is not None:
                times.append(seconds_between(accept["session_started_at"], submission_time(accept)))
    stats.attempts = len(units)
    stats.first_try_rate = _rate(stats.first_try, stats.attempts)
    stats.median_time_to_accept_s = float(statistics.median(times)) if times else None
    stats.times_to_accept_s = times

    stats.submissions = len(rows)
    stats.verdicts = dict(Counter(r["verdict"] for r in rows).most_common())
    judged = [r["complexity_status"] for r in rows
              if r["verdict"] == "accepted" and r["complexity_status"] in ("optimal", "suboptimal")]
    stats.target_complexity_share = _rate(judged.count("optimal"), len(judged))
    stats.complexity_measured = len(judged)
    tags = Counter(tag for r in rows if r["verdict"] != "accepted" for tag in json.loads(r["failed_tags"] or "[]"))
    stats.failed_tags = [{"tag": tag, "count": count} for tag, count in tags.most_common(FAILING_TAGS_SHOWN)]
    stats.last_practised = max(r["created_at"] for r in rows)
    if card is not None:
        stats.next_review_due = iso(card.due)
        stats.review_due = card.is_due(now)
        stats.retrievability = round(card.retrievability(now), 4)
    return stats
