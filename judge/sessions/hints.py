"""`judge hint`: the next hint of a problem, recorded against the open session when the problem is one of its.

Hints are shown one at a time, in the pack's order (hints.md); each shown hint is recorded (problem,
session, time) before it is printed, and counted in status, the summary and the FSRS rating
(judge.stats.ratings).  Once all are shown, the command shows them all again and records nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from judge import clock
from judge.errors import UsageError
from judge.sessions.target import problem_named
from judge.store.hints import hints_shown, record_next_hint


@dataclass
class HintShown:
    problem: str
    title: str
    number: int  # the hint shown now (from 1), or the last one when all were shown already
    total: int
    text: str
    session_id: int | None  # the session it counts against; None outside sessions
    new: bool  # False: all hints were shown already; nothing was recorded
    shown: list[str] = field(default_factory=list)  # every hint shown so far, this one included

    def to_json(self) -> dict:
        return {"problem": self.problem, "title": self.title, "number": self.number, "total": self.total,
                "text": self.text, "session_id": self.session_id, "new": self.new, "shown": self.shown}


def next_hint(conn: sqlite3.Connection, target: str | None, now: datetime) -> HintShown:
    problem, session_id = problem_named(conn, target, "hint")
    total = len(problem.hints)
    if total == 0:
        raise UsageError(f"{problem.slug} has no hints", f"its pack has no {problem.directory.name}/hints.md")
    number = record_next_hint(conn, problem.slug, session_id, total, clock.iso(now))
    new = number is not None
    number = number if number is not None else hints_shown(conn, problem.slug, session_id)
    return HintShown(problem=problem.slug, title=problem.title, number=number, total=total,
                     text=problem.hints[number - 1], session_id=session_id, new=new,
                     shown=list(problem.hints[:number]))
