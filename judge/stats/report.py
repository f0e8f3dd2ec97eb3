"""`judge stats`: the per-pattern table, its JSON, and the recommendation."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from judge.clock import clock_text, iso
from judge.stats.coverage import Catalogue, coverage, problems_by_pattern, untried_patterns
from judge.stats.patterns import pattern_stats
from judge.stats.schedule import pattern_cards
from judge.stats.weakness import next_pattern, rank
from judge.store.practice import practice_submissions, session_attempts
from judge.store.reviews import all_reviews
from judge.tables import table

NOTHING_YET = "No submissions yet, so there are no statistics: start a timed session with `judge start`."


def ranked_patterns(conn: sqlite3.Connection, now: datetime, since: str | None = None) -> list:
    """PatternStats for every practised pattern, weakest first (weakness fields filled in)."""
    return _ranked(conn, practice_submissions(conn, since), now, since)


def _ranked(conn: sqlite3.Connection, rows: list, now: datetime, since: str | None) -> list:
    return rank(pattern_stats(rows, pattern_cards(all_reviews(conn)), now, session_attempts(conn, since)))


def stats_json(conn: sqlite3.Connection | None, now: datetime, pattern: str | None = None, since: str | None = None,
               catalogue: Catalogue | None = None) -> dict:
    """The `judge stats --json` object; ranks and the recommendation are over all patterns, ``pattern`` only filters.

    ``conn`` None: no database yet (nothing is created to say so). With the installed packs' ``catalogue``,
    the patterns never practised and the coverage line are added (``never_practised``, ``coverage``).
    """
    rows = practice_submissions(conn, since) if conn is not None else []
    ranked = _ranked(conn, rows, now, since) if conn is not None else []
    installed = {p: len(slugs) for p, slugs in problems_by_pattern(catalogue or {}).items()}
    chosen = next_pattern(ranked, installed)
    for s in ranked:
        if chosen is not None and s.pattern == chosen[0]:
            s.recommendation = chosen[1]
    shown = [s for s in ranked if pattern is None or s.pattern == pattern]
    # Never practised means never, --since or not: the whole history decides.
    ever = rows if since is None or conn is None else practice_submissions(conn)
    untried = [u for u in untried_patterns(catalogue or {}, {t for r in ever for t in json.loads(r["patterns"])})
               if pattern is None or u.pattern == pattern]
    message = None
    if not ranked:
        message = NOTHING_YET if since is None else f"No submissions since {since[:10]} yet; drop --since to see all."
    elif not shown:
        message = f"No submissions for pattern {pattern!r} yet; `judge start --pattern {pattern}` drills it."
    data = {
        "generated_at": iso(now),
        "since": since,
        "patterns": [s.to_json() for s in shown],
        "recommendation": {"pattern": chosen[0], "sentence": chosen[1]} if chosen else None,
        "message": message,
    }
    if catalogue is not None:
        data["never_practised"] = [u.to_json() for u in untried]
        data["coverage"] = coverage(catalogue, {r["problem"] for r in rows}, {s.pattern for s in ranked},
                                    since).to_json()
    return data


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def stats_text(data: dict) -> str:
    """The table of practised patterns (or the message saying why there is none), the never practised ones,
    the coverage line, and the recommendation."""
    nothing = bool(data["message"]) and not data["patterns"]
    lines = [data["message"] if nothing else _pattern_table(data["patterns"])]
    if data.get("never_practised"):
        lines += ["", table([(u["pattern"], "never practised", u["problems"], f"judge start --pattern {u['pattern']}")
                             for u in data["never_practised"]], ["pattern", "", "problems waiting", "to start"])]
    if data.get("coverage"):
        lines += ["", f"Coverage: {data['coverage']['sentence']}."]
    if data["recommendation"] and not nothing:
        lines += ["", data["recommendation"]["sentence"]]
    return "\n".join(lines)


def _pattern_table(patterns: list[dict]) -> str:
    rows = []
    for s in patterns:
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
    return table(rows, headers, drop=("most failed tags", "last practised", "WA/TLE/RE/MLE", "1st try", "at target",
                                      "tried"))
