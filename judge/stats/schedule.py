"""Spaced repetition with FSRS (the ``fsrs`` package, version 6): one card per pattern.

A card is never stored: it is rebuilt by replaying the pattern's reviews, in
order, through a scheduler with fixed settings, so it is a pure function of
the review history.  The settings suit drills that happen at most a few
times a day: no intra-day learning steps (every review schedules whole days)
and no fuzzing (the same history always gives the same due date).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from judge.clock import parse


def scheduler() -> Scheduler:
    return Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass
class PatternCard:
    pattern: str
    card: Card
    reviews: int
    last_rating: int

    @property
    def due(self) -> datetime:
        return self.card.due

    def is_due(self, now: datetime) -> bool:
        return self.card.due <= now

    def retrievability(self, now: datetime) -> float:
        """FSRS's predicted probability of solving the pattern now (0 for a card never reviewed)."""
        return float(scheduler().get_card_retrievability(self.card, now))


def pattern_cards(reviews) -> dict[str, PatternCard]:
    """Replay review rows (pattern, rating, reviewed_at; oldest first) into one card per pattern."""
    fsrs = scheduler()
    cards: dict[str, PatternCard] = {}
    for row in reviews:
        pattern, at = row["pattern"], parse(row["reviewed_at"])
        entry = cards.get(pattern)
        if entry is None:
            # card_id fixed by the pattern: Card() would otherwise read the clock and sleep 1 ms.
            entry = cards[pattern] = PatternCard(pattern, Card(card_id=zlib.crc32(pattern.encode()), due=at), 0, 0)
        entry.card, _ = fsrs.review_card(entry.card, Rating(row["rating"]), review_datetime=at)
        entry.reviews += 1
        entry.last_rating = row["rating"]
    return cards
