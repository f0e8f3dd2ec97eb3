"""Choosing a session's problems: the ones named, then fresh ones matching the filters.

A problem accepted (in time) within RECENT_DAYS is not picked unless named.
Without --adaptive the pick is random, spread over as many patterns as it can;
with --adaptive, patterns come in the order `judge stats` recommends them
(judge.stats.weakness.drill_key): due ones first (a pattern never reviewed is
due), the weakest first within each group, then by name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from judge.clock import parse
from judge.errors import UsageError
from judge.stats.weakness import drill_key

RECENT_DAYS = 7


@dataclass
class Filters:
    patterns: tuple[str, ...] = ()
    pack: str | None = None
    difficulty: str | None = "medium"

    def match(self, problem) -> bool:
        return ((not self.patterns or any(p in problem.patterns for p in self.patterns))
                and (self.pack is None or problem.pack == self.pack)
                and (self.difficulty is None or problem.difficulty == self.difficulty))

    def describe(self) -> str:
        parts = [self.difficulty or "any-difficulty"]
        if self.patterns:
            parts.append(f"pattern {'/'.join(self.patterns)}")
        if self.pack:
            parts.append(f"pack {self.pack}")
        return " ".join(parts)


@dataclass
class PatternPriority:
    """How --adaptive sees a pattern: due for review, and how weak."""

    pattern: str
    due: bool
    weakness: float | None  # None: never practised

    @property
    def key(self):
        return drill_key(self.pattern, self.due, self.weakness)

    def describe(self) -> str:
        if self.weakness is None:
            return f"{self.pattern} (never practised)"
        return f"{self.pattern} ({'due' if self.due else 'not due'}, weakness {self.weakness:.2f})"


@dataclass
class Choice:
    problems: list
    notes: list[str] = field(default_factory=list)


def adaptive_order(patterns: set[str], cards: dict, weakness: dict[str, float], now: datetime) -> list[PatternPriority]:
    """Patterns in the order --adaptive drills them (the order `judge stats` recommends)."""
    priorities = [PatternPriority(p, due=p not in cards or cards[p].is_due(now), weakness=weakness.get(p))
                  for p in patterns]
    return sorted(priorities, key=lambda q: q.key)


def _spread(ordered: list, need: int, taken: set[str]) -> list:
    """The first ``need`` problems of ``ordered``, preferring ones whose patterns are not yet taken."""
    chosen: list = []
    for problem in ordered:
        if len(chosen) < need and not taken.intersection(problem.patterns):
            chosen.append(problem)
            taken.update(problem.patterns)
    for problem in ordered:
        if len(chosen) < need and all(problem.slug != c.slug for c in chosen):
            chosen.append(problem)
    return chosen


@dataclass(frozen=True)
class Wanted:
    """What a session asks for: ``named`` problems first, then ``count - len(named)`` fresh ones matching
    ``filters``."""

    named: list
    count: int
    filters: Filters


def choose(problems: list, wanted: Wanted, *, last_solved: dict[str, str], now: datetime,
           order: list[PatternPriority] | None = None, rng: random.Random | None = None) -> Choice:
    """The problems ``wanted`` of ``problems``.

    ``last_solved`` maps slugs to their last in-time accept (UTC ISO); ``order``
    is the --adaptive pattern order (None: random).  Raises UsageError when too
    few fresh problems match.
    """
    rng = rng or random.Random()
    count, filters = wanted.count, wanted.filters
    chosen = list(wanted.named)
    notes: list[str] = []
    need = count - len(chosen)
    if need <= 0:
        return Choice(chosen, notes)
    cutoff = now - timedelta(days=RECENT_DAYS)
    named_slugs = {p.slug for p in chosen}
    pool = [p for p in problems if filters.match(p) and p.slug not in named_slugs]
    fresh = [p for p in pool if p.slug not in last_solved or parse(last_solved[p.slug]) < cutoff]
    if len(fresh) < need:
        recent = len(pool) - len(fresh)
        why = f" ({recent} more were solved in the last {RECENT_DAYS} days)" if recent else ""
        raise UsageError(f"only {len(fresh)} {filters.describe()} problem(s) can be picked{why}, "
                         f"and the session needs {need} more",
                         "lower --count, widen the filters (--difficulty, --pattern, --pack), or name problems "
                         "with --problem")
    rng.shuffle(fresh)
    if order is not None:
        position = {q.pattern: i for i, q in enumerate(order)}
        fresh.sort(key=lambda p: min(position.get(pattern, len(position)) for pattern in p.patterns))
        used = {pattern for p in fresh for pattern in p.patterns}
        notes.append("adaptive order: " + ", ".join(q.describe() for q in order if q.pattern in used))
    taken = {pattern for p in chosen for pattern in p.patterns}
    chosen += _spread(fresh, need, taken)
    return Choice(chosen, notes)
