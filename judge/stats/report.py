"""`judge stats`: the per-pattern table, its JSON, and the recommendation."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from judge.clock import clock_text, iso
from judge.stats.patterns import pattern_stats
from judge.stats.schedule import pattern_cards
from judge.stats.weakness import next_pattern, rank
from judge.store.practice import practice_submissions, session_attempts
from judge.store.reviews import all_reviews
from judge.tables import table

NOTHING_YET = "No submissions yet, so there are no statistics: start a timed session with `judge start`."


def ranked_patterns(conn: sqlite3.Connection, now: datetime, since: str | None = None) -> list:
    """PatternStats for every practised pattern, weakest first (weakness fields filled in)."""
    return rank(pattern_stats(practice_submissions(conn, since), pattern_cards(all_reviews(conn)), now,
                              session_attempts(conn, since)))


def stats_json(conn: sqlite3.Connection, now: datetime, pattern: str | None = None, since: str | None = None,
               installed: dict[str, int] | None = None) -> dict:
    """The `judge stats --json` object; ranks and the recommendation are over all patterns, ``pattern`` only
    filters.  ``installed`` (pattern: how many problems drill it) lets the recommendation name a pattern never
    practised, as `judge start --adaptive` would pick it."""
    ranked = ranked_patterns(conn, now, since)
    chosen = next_pattern(ranked, installed or {}) if ranked else None
    for s in ranked:
        if chosen is not None and s.pattern == chosen[0]:
            s.recommendation = chosen[1]
    shown = [s for s in ranked if pattern is None or s.pattern == pattern]
    message = None
    if not ranked:
        message = NOTHING_YET if since is None else f"No submissions since {since[:10]} yet; drop --since to see all."
    elif not shown:
        message = f"No submissions for pattern {pattern!r} yet; `judge start --pattern {pattern}` drills it."
    return {
        "generated_at": iso(now),
        "since": since,
        "patterns": [s.to_json() for s in shown],
        "recommendation": {"pattern": chosen[0], "sentence": chosen[1]} if chosen else None,
        "message": message,
    }


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def stats_text(data: dict) -> str:
    if data["message"] and not data["patterns"]:
        return data["message"]
    rows = []
    for s in data["patterns"]:
        v = s["verdicts"]
        mix = "/".join(str(v.get(k, 0)) for k in ("wrong_answer", "time_limit", "runtime_error", "memory_limit"))
        tags = ", ".join(f"{t['tag']} ({t['count']})" for t in s["failed_tags"]) or "-"
        due = "-" if s["next_review_due"] is None else ("due now" if s["review_due"] else s["next_review_due"][:10])
        rows.append((s["weakness_rank"], s["pattern"], s["attempted"], s["solved"], _pct(s["solve_rate"]),
                     _pct(s["first_try_rate"]), clock_text(s["median_time_to_accept_s"]), mix,
                     _pct(s["target_complexity_share"]), tags, (s["last_practised"] or "-")[:10], due,
                     f"{s['weakness_score']:.2f}"))
    headers = ["rank", "pattern", "tried", "solved", "solve", "1st try", "median TTA", "WA/TLE/RE/MLE", "at target",
               "most failed tags", "last practised", "next review", "weakness"]
    lines = [table(rows, headers, drop=("most failed tags", "last practised", "WA/TLE/RE/MLE", "1st try", "at target",
                                        "tried"))]
    if data["recommendation"]:
        lines.append("")
        lines.append(data["recommendation"]["sentence"])
    return "\n".join(lines)
