"""A session's life: start, status, close (at `judge end` or the first command after the deadline), summary.

Every change is one event in one transaction (judge.store.db.transaction):
starting records the session and its problems together; closing marks it
closed and records its FSRS reviews together.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from judge import clock
from judge.errors import UsageError
from judge.sessions.progress import problem_progress
from judge.sessions.scorecard import scorecard
from judge.stats.ratings import RATING_NAMES, session_ratings
from judge.store.case_checks import session_test_strengths
from judge.store.db import transaction
from judge.store.hints import session_hints
from judge.store.plans import session_plans
from judge.store.reviews import insert_reviews_in_tx, session_reviews
from judge.store.sessions import (
    NewSession,
    OpenSessionExists,
    close_session_in_tx,
    get_session,
    insert_session,
    latest_session,
    list_sessions,
    open_session,
    session_problems,
    session_submissions,
    warnings_shown,
)
from judge.store.submissions import submission_time

if TYPE_CHECKING:
    from judge.packs.model import Problem

DEFAULT_COUNT, DEFAULT_MINUTES, DEFAULT_DIFFICULTY = 2, 60, "medium"
NO_SESSION = "No active session: start one with `judge start` (two medium problems, 60 minutes)."


def deadline_of(session) -> datetime:
    return clock.parse(session["deadline"])


def remaining_s(session, now: datetime) -> int:
    return int((deadline_of(session) - now).total_seconds())


def expired(session, now: datetime) -> bool:
    """Time is up from the deadline itself on: a submission at 60:00 of a 60-minute session is late."""
    return now >= deadline_of(session)


def active_refusal(session, now: datetime) -> UsageError:
    return UsageError(f"session {session['id']} is active ({clock.clock_text(remaining_s(session, now))} left, "
                      f"deadline {clock.local_text(session['deadline'])})",
                      "finish it with `judge end` before starting another")


# -- start -----------------------------------------------------------------
@dataclass
class StartRequest:
    named: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    pack: str | None = None
    count: int | None = None
    difficulty: str | None = None
    minutes: int = DEFAULT_MINUTES
    adaptive: bool = False
    blind: bool = False
    practice: bool = False  # show patterns, targets and hints in the workspace (default: interview mode)
    directory: Path | None = None


@dataclass
class Started:
    session_id: int
    started_at: str
    deadline: str
    minutes: int
    blind: bool
    adaptive: bool
    workspace: str
    problems: list[dict]
    notes: list[str] = field(default_factory=list)
    practice: bool = False

    def to_json(self) -> dict:
        return {"session_id": self.session_id, "started_at": self.started_at, "deadline": self.deadline,
                "minutes": self.minutes, "blind": self.blind, "adaptive": self.adaptive, "practice": self.practice,
                "workspace": self.workspace, "problems": self.problems, "notes": self.notes}


def _choose(conn: sqlite3.Connection, request: StartRequest, now: datetime):
    from judge.packs.loader import all_problems, check_pack, check_patterns, find_problem
    from judge.sessions.selection import Filters, Wanted, adaptive_order, choose
    from judge.store.practice import last_accepted

    problems = all_problems()
    check_patterns(request.patterns, problems)  # a typo is named as such, not as "only 0 problems can be picked"
    if request.pack is not None:
        check_pack(request.pack, problems)
    named: list[Problem] = []
    for slug in request.named:
        problem = find_problem(slug, problems=problems)
        if any(problem.slug == n.slug for n in named):
            raise UsageError(f"problem {problem.slug} is named twice", "name each problem once")
        named.append(problem)
    count = request.count if request.count is not None else (len(named) or DEFAULT_COUNT)
    if count < len(named):
        raise UsageError(f"--count {count} is fewer than the {len(named)} problems named",
                         "drop --count or a --problem")
    filters = Filters(patterns=tuple(request.patterns), pack=request.pack,
                      difficulty=request.difficulty or DEFAULT_DIFFICULTY)
    order = None
    if request.adaptive:
        from judge.stats.report import ranked_patterns
        from judge.stats.schedule import pattern_cards
        from judge.store.reviews import all_reviews

        weakness = {s.pattern: s.weakness_score for s in ranked_patterns(conn, now)}
        patterns = {pattern for p in problems if filters.match(p) for pattern in p.patterns}
        order = adaptive_order(patterns, pattern_cards(all_reviews(conn)), weakness, now)
    return choose(problems, Wanted(named, count, filters), last_solved=last_accepted(conn), now=now, order=order)


@dataclass
class PreparedStart:
    """A session chosen and its workspace written, not yet recorded: the local store records it (start), or
    the judge service does (the CLI as its client)."""

    session: NewSession
    files: list
    notes: list[str]
    runtime: str  # the first problem's: a warm container of it is started for the session

    def started(self, session_id: int) -> Started:
        s = self.session
        problems = [{"slug": r["slug"], "title": r["title"], "patterns": r["patterns"], "difficulty": r["difficulty"],
                     "file": r["file_path"], "statement": str(f.statement)} for r, f in zip(s.problems, self.files)]
        return Started(session_id, s.started_at, s.deadline, s.minutes, s.blind, s.adaptive, s.workspace, problems,
                       self.notes, practice=s.practice)

    def undo(self) -> None:
        """Remove the workspace written (the session could not be recorded after all)."""
        from judge.sessions.workspace import remove_workspace

        remove_workspace(Path(self.session.workspace), self.files)


def prepare_start(conn: sqlite3.Connection, request: StartRequest, now: datetime,
                  cwd: Path | None = None) -> PreparedStart:
    """Pick the problems from the history in ``conn`` and write the workspace; refuse while a session is open."""
    from judge.sessions.workspace import Drill, write_workspace

    if request.minutes < 1:
        raise UsageError(f"--minutes {request.minutes} is too short", "give a whole number of minutes, at least 1")
    current = open_session(conn)
    if current is not None:
        raise active_refusal(current, now)
    choice = _choose(conn, request, now)
    started, deadline = clock.iso(now), clock.iso(now + timedelta(minutes=request.minutes))
    directory = (request.directory or (cwd or Path.cwd()) / f"drill-{now:%Y%m%d-%H%M%S}").resolve()
    files = write_workspace(directory, choice.problems,
                            Drill(started, deadline, request.minutes, request.blind, request.practice))
    rows = [{"slug": p.slug, "title": p.title, "patterns": list(p.patterns), "difficulty": p.difficulty,
             "file_path": str(f.solution)} for p, f in zip(choice.problems, files)]
    options = {"named": list(request.named), "patterns": list(request.patterns), "pack": request.pack,
               "count": request.count, "difficulty": request.difficulty}
    session = NewSession(started_at=started, deadline=deadline, minutes=request.minutes, blind=request.blind,
                         adaptive=request.adaptive, workspace=str(directory), options=options, problems=rows,
                         practice=request.practice)
    return PreparedStart(session, files, choice.notes, choice.problems[0].runtime)


def start(conn: sqlite3.Connection, request: StartRequest, cwd: Path | None = None) -> Started:
    """Pick the problems, write the workspace, record the session; refuse while another is open."""
    now = clock.now()
    close_if_expired(conn, now)
    prepared = prepare_start(conn, request, now, cwd)
    try:
        session_id = insert_session(conn, prepared.session)
    except (OpenSessionExists, sqlite3.IntegrityError):
        prepared.undo()  # another terminal started one a moment ago
        current = open_session(conn)
        raise (active_refusal(current, now) if current else
               UsageError("another session was being started at the same moment", "run `judge status`")) from None
    from judge.judging import prepare_in_background, prewarm

    # the first submit finds a container waiting
    prewarm((now + timedelta(minutes=request.minutes)).timestamp(), prepared.runtime)
    prepare_in_background([r["slug"] for r in prepared.session.problems])  # and its problem's tests prepared
    return prepared.started(session_id)


# -- close -----------------------------------------------------------------
def close(conn: sqlite3.Connection, session_id: int, now: datetime, reason: str) -> bool:
    """Close the session and record one FSRS review per pattern, in one transaction.

    False when it was already closed (another command got there first).
    """
    with transaction(conn):
        if not close_session_in_tx(conn, session_id, clock.iso(now), reason):
            return False
        session = get_session(conn, session_id)
        assert session is not None  # just closed, inside this transaction
        progress = problem_progress(session, session_problems(conn, session_id),
                                    session_submissions(conn, session_id), session_hints(conn, session_id),
                                    session_plans(conn, session_id), session_test_strengths(conn, session_id))
        insert_reviews_in_tx(conn, session_id, clock.iso(now), session_ratings(progress, session["minutes"]))
    from judge.judging import discard_warm

    discard_warm()  # no warm container outlives its session
    return True


def close_if_expired(conn: sqlite3.Connection, now: datetime) -> int | None:
    """Close the open session if its deadline has passed; the id of the session this call closed."""
    session = open_session(conn)
    if session is not None and expired(session, now) and close(conn, session["id"], now, "deadline"):
        return session["id"]
    return None


def interview_open() -> bool:
    """Whether an interview-mode session is open (without creating a database on a fresh install)."""
    from judge.store.db import connect, database_path

    if not database_path().exists():
        return False
    conn = connect(daily_backup=False)
    try:
        session = open_session(conn)
        return session is not None and not session["practice"]
    finally:
        conn.close()


# -- status and summaries --------------------------------------------------
def session_json(conn: sqlite3.Connection, session, now: datetime | None = None) -> dict:
    progress = problem_progress(session, session_problems(conn, session["id"]),
                                session_submissions(conn, session["id"]), session_hints(conn, session["id"]),
                                session_plans(conn, session["id"]), session_test_strengths(conn, session["id"]))
    active = session["ended_at"] is None
    data = {
        "session_id": session["id"],
        "active": active,
        "started_at": session["started_at"],
        "deadline": session["deadline"],
        "minutes": session["minutes"],
        "blind": bool(session["blind"]),
        "adaptive": bool(session["adaptive"]),
        "practice": bool(session["practice"]),
        "workspace": session["workspace"],
        "ended_at": session["ended_at"],
        "end_reason": session["end_reason"],
        "problems": [p.to_json() for p in progress],
    }
    if active and now is not None:
        data["remaining_s"] = remaining_s(session, now)
        data["elapsed_s"] = clock.seconds_between(session["started_at"], now)
        data["warnings_shown"] = warnings_shown(conn, session["id"])
    return data


def status(conn: sqlite3.Connection, now: datetime) -> dict:
    """`judge status --json`: the open session, or ``active: false`` and a plain message."""
    session = open_session(conn)
    if session is None:
        last = latest_session(conn)
        return {"active": False, "session_id": None, "deadline": None, "remaining_s": None, "problems": [],
                "message": NO_SESSION,
                "last_session": None if last is None else {"session_id": last["id"], "ended_at": last["ended_at"],
                                                           "end_reason": last["end_reason"]}}
    return {**session_json(conn, session, now), "message": None}


def summary(conn: sqlite3.Connection, session_id: int) -> dict:
    """The end-of-session summary: per problem solved or not, split, attempts, verdicts; reviews; reveals."""
    from judge.sessions.blind import revealed_cases

    session = get_session(conn, session_id)
    assert session is not None  # callers pass a session they just read
    data = session_json(conn, session)
    for problem in data["problems"]:
        problem["solved"] = problem["state"] == "accepted"
    data["reviews"] = [{"pattern": r["pattern"], "rating": r["rating"], "rating_name": RATING_NAMES[r["rating"]],
                        "reason": r["reason"]} for r in session_reviews(conn, session_id)]
    # Only a closed blind session gives up what it withheld.
    closed_blind = session["blind"] and session["ended_at"] is not None
    data["revealed"] = revealed_cases(session_submissions(conn, session_id, with_report=True)) if closed_blind else []
    data["solved"] = sum(p["solved"] for p in data["problems"])
    data["scorecard"] = scorecard(data["problems"])
    return data


def end(conn: sqlite3.Connection, now: datetime) -> dict:
    """Close the open session (or take the one the deadline closed) and return its summary."""
    from judge.store.backup import keep_backup

    session = open_session(conn)
    if session is not None:
        reason = "deadline" if expired(session, now) else "ended"
        close(conn, session["id"], now, reason)
        data = {**summary(conn, session["id"]), "already_closed": False}
    else:
        last = latest_session(conn)
        if last is None or last["end_reason"] != "deadline":
            raise UsageError("no active session to end",
                             "start one with `judge start`; `judge history` lists past sessions")
        data = {**summary(conn, last["id"]), "already_closed": True}
    keep_backup(conn, now)  # a rolling backup at every `judge end` (judge.store.backup); never fails the command
    return data


def history(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    """Sessions, newest first, each with its problems and submissions (never failing inputs)."""
    out = []
    for session in list_sessions(conn, limit):
        data = session_json(conn, session)
        data["submissions"] = [
            {"submission_id": r["id"], "problem": r["problem"], "verdict": r["verdict"], "passed": r["passed"],
             "total": r["total"], "late": bool(r["late"]), "created_at": r["created_at"],
             "at_s": clock.seconds_between(session["started_at"], submission_time(r)),
             "complexity": r["complexity_status"]}
            for r in session_submissions(conn, session["id"])]
        data["reviews"] = [{"pattern": r["pattern"], "rating": r["rating"], "rating_name": RATING_NAMES[r["rating"]]}
                           for r in session_reviews(conn, session["id"])]
        out.append(data)
    return out

