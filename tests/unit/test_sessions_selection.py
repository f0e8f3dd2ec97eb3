"""Picking a session's problems: freshness, pattern spread, and the --adaptive pattern order."""

from __future__ import annotations

import random
from datetime import timedelta
from types import SimpleNamespace

import pytest

from judge.errors import UsageError
from judge import clock
from judge.sessions.selection import Filters, Wanted, adaptive_order, choose
from test_sessions_support import PAST

NOW = PAST


def problem(slug, patterns, difficulty="medium", pack="p"):
    return SimpleNamespace(slug=slug, patterns=tuple(patterns), difficulty=difficulty, pack=pack)


class Card:
    def __init__(self, due):
        self.due = due

    def is_due(self, now):
        return self.due <= now


def test_adaptive_order_puts_due_patterns_first_and_the_weakest_first_within():
    cards = {"due-weak": Card(NOW - timedelta(days=1)), "due-strong": Card(NOW), "later-weak": Card(NOW + timedelta(days=3))}
    weakness = {"due-weak": 0.8, "due-strong": 0.2, "later-weak": 0.9}
    order = adaptive_order({"due-weak", "due-strong", "later-weak", "new"}, cards, weakness, NOW)
    assert [q.pattern for q in order] == ["due-weak", "new", "due-strong", "later-weak"]
    assert order[1].describe() == "new (never practised)" and order[0].describe() == "due-weak (due, weakness 0.80)"


def test_ties_go_by_name_so_stats_and_adaptive_name_the_same_pattern():
    from judge.stats.weakness import next_pattern

    order = adaptive_order({"c", "a", "b"}, {}, {}, NOW)
    assert [q.pattern for q in order] == ["a", "b", "c"]
    assert next_pattern([], {"c": 1, "a": 2, "b": 3})[0] == "a"


def test_choose_spreads_over_patterns_and_honours_the_adaptive_order():
    pool = [problem("a1", ["a"]), problem("a2", ["a"]), problem("b1", ["b"]), problem("c1", ["c", "a"])]
    for seed in range(10):
        picked = choose(pool, Wanted([], 2, Filters()), last_solved={}, now=NOW, rng=random.Random(seed))
        patterns = [set(p.patterns) for p in picked.problems]
        assert not patterns[0] & patterns[1]
    order = adaptive_order({"a", "b", "c"}, {}, {"a": 0.1, "b": 0.9, "c": 0.5}, NOW)
    picked = choose(pool, Wanted([], 2, Filters()), last_solved={}, now=NOW, order=order)
    assert [p.slug for p in picked.problems] == ["b1", "c1"]


def test_recently_solved_and_filtered_out_problems_are_not_picked():
    pool = [problem("a1", ["a"]), problem("a2", ["a"], "easy"), problem("b1", ["b"], pack="q")]
    solved = {"a1": clock.iso(NOW - timedelta(days=2))}
    with pytest.raises(UsageError) as refused:
        choose(pool, Wanted([], 1, Filters(patterns=("a",))), last_solved=solved, now=NOW)
    assert "1 more were solved in the last 7 days" in refused.value.one_line()
    picked = choose(pool, Wanted([pool[0]], 2, Filters()), last_solved=solved, now=NOW)
    assert [p.slug for p in picked.problems] == ["a1", "b1"]  # named despite the recent solve; a2 is easy
    old = {"a1": clock.iso(NOW - timedelta(days=8))}
    assert [p.slug for p in choose(pool, Wanted([], 1, Filters(pack="p")), last_solved=old,
                                   now=NOW).problems] == ["a1"]
