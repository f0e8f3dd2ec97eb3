"""The statistics as they stood over time, for `judge report`: the weakness of each pattern at the end of each
day with practice, as `judge stats` would have shown it then (docs/stats.md, "judge report")."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from judge.clock import iso
from judge.stats.patterns import pattern_stats
from judge.stats.pictures import local_day
from judge.stats.schedule import pattern_cards
from judge.stats.weakness import rank
from judge.store.practice import practice_submissions, session_attempts
from judge.store.reviews import all_reviews

MAX_POINTS = 60  # the last 60 days with practice: enough to see a trend, few enough to read


@dataclass(frozen=True)
class WeaknessPoint:
    """Every practised pattern's weakness score at the end of one local day (or now, for today)."""

    day: date
    scores: dict[str, float]


def end_of_day(day: date, now: datetime) -> datetime:
    """The last second of a local day, in UTC, or ``now`` when that is earlier."""
    local_end = datetime.combine(day + timedelta(days=1), time.min).astimezone() - timedelta(seconds=1)
    return min(local_end.astimezone(UTC), now)


def weakness_history(conn: sqlite3.Connection, now: datetime, max_points: int = MAX_POINTS) -> list[WeaknessPoint]:
    """The weakness scores as known at the end of each of the last ``max_points`` days with a submission.

    "Known then" means the submissions made, the sessions started and the reviews recorded by then; an
    interview-skill rate counts a session's hints up to its accept, which may fall a little after the day.
    """
    rows = practice_submissions(conn)
    reviews = all_reviews(conn)
    attempts = session_attempts(conn)
    days = sorted({local_day(r["created_at"]) for r in rows})[-max_points:]
    points = []
    for day in days:
        then = end_of_day(day, now)
        until = iso(then)
        ranked = rank(pattern_stats([r for r in rows if r["created_at"] <= until],
                                    pattern_cards([v for v in reviews if v["reviewed_at"] <= until]), then,
                                    [a for a in attempts if a["started_at"] <= until]))
        points.append(WeaknessPoint(day, {s.pattern: s.weakness_score for s in ranked}))
    return points
