"""Group sessions: one timed session per member, started at once with the same problems and deadline.

Each member's session is an ordinary session row (sessions, session_problems) owned by that member,
so their submissions attach to it as a local submission attaches to the open session, and where each
problem stands is computed by the local code (judge.sessions.progress.problem_progress).  The board
shows every member to the admin who asks, and only their own row to a member.

A member's own session (`judge start` over the service, chosen by the client: judge/service/mirror.py) is
such a row too.  Closing one, by `judge end` or by the first request after its deadline, records its FSRS
reviews with the local rating (judge.stats.ratings.session_ratings), as a local close does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from judge import clock
from judge.errors import UsageError
from judge.service.database import TABLES, groups, session_problems, sessions, submissions
from judge.service.users import User, users_named
from judge.sessions.lifecycle import active_refusal, expired, remaining_s
from judge.sessions.progress import problem_progress
from judge.stats.ratings import session_ratings

reviews = TABLES["reviews"]

DEFAULT_PROBLEMS = 2


class Forbidden(UsageError):
    pass


class NotFound(UsageError):
    pass


@dataclass(frozen=True)
class GroupRequest:
    name: str
    members: list[str]
    problems: list[str]  # slugs; empty: the first medium problems of distinct patterns
    minutes: int


def _chosen_problems(slugs: list[str]):
    from judge.packs.loader import all_problems, find_problem

    if slugs:
        return [find_problem(slug) for slug in slugs]
    chosen, patterns = [], set[str]()
    for problem in all_problems():
        if problem.difficulty == "medium" and not patterns & set(problem.patterns):
            chosen.append(problem)
            patterns |= set(problem.patterns)
        if len(chosen) == DEFAULT_PROBLEMS:
            break
    return chosen


def start_group(conn: Connection, admin: User, request: GroupRequest, now: datetime) -> dict:
    """Create the group and open one session per member, in the caller's transaction."""
    if not admin.admin:
        raise Forbidden("only an admin starts a group session", "ask the service's admin (`judge users add --admin`)")
    names = list(dict.fromkeys(request.members))
    if not names:
        raise UsageError("a group needs members", "name them with --users a,b,c")
    members = users_named(conn, names)
    unknown = [name for name in names if name not in members]
    if unknown:
        raise UsageError(f"no such user: {', '.join(unknown)}", "add them first with `judge users add NAME`")
    problems = _chosen_problems(request.problems)
    deadline = now + timedelta(minutes=request.minutes)
    try:
        group_id = conn.execute(insert(groups).values(
            name=request.name, created_by=admin.id, started_at=clock.iso(now), deadline=clock.iso(deadline),
            minutes=request.minutes, problems=json.dumps([p.slug for p in problems]),
        ).returning(groups.c.id)).scalar_one()
    except IntegrityError:
        raise UsageError(f"the group {request.name} exists already", "choose another name") from None
    busy = [name for name in names if _open_session(conn, members[name].id, now) is not None]
    if busy:
        raise UsageError(f"{', '.join(busy)} already in an open session", "wait for it to end, or leave them out")
    for name in names:
        _insert_session(conn, {"user_id": members[name].id, "group_id": group_id, "started_at": clock.iso(now),
                               "deadline": clock.iso(deadline), "minutes": request.minutes, "blind": 0,
                               "adaptive": 0, "practice": 0, "workspace": "",
                               "options": json.dumps({"group": request.name})},
                        [(p, f"{p.slug}.py") for p in problems])
    return {"group": request.name, "started_at": clock.iso(now), "deadline": clock.iso(deadline),
            "minutes": request.minutes, "members": names, "problems": [p.slug for p in problems]}


def _insert_session(conn: Connection, values: dict, problems: list) -> int:
    """Record an open session and its problems ((Problem, file path) pairs); its id."""
    session_id = conn.execute(insert(sessions).values(**values).returning(sessions.c.id)).scalar_one()
    conn.execute(insert(session_problems), [
        {"session_id": session_id, "position": i, "problem": p.slug, "title": p.title,
         "patterns": json.dumps(list(p.patterns)), "difficulty": p.difficulty, "file_path": file_path}
        for i, (p, file_path) in enumerate(problems)])
    return session_id


def _close(conn: Connection, session, now: datetime, reason: str) -> bool:
    """Close the session and record its FSRS reviews, as judge.sessions.lifecycle.close does locally;
    False when it was closed already."""
    closed = conn.execute(update(sessions).where(sessions.c.id == session.id, sessions.c.ended_at.is_(None))
                          .values(ended_at=clock.iso(now), end_reason=reason).returning(sessions.c.id)).first()
    if closed is None:
        return False
    ratings = session_ratings(_progress_items(conn, session, pending=True), session.minutes)
    if ratings:
        conn.execute(insert(reviews), [{"session_id": session.id, "pattern": pattern, "rating": rating,
                                        "reviewed_at": clock.iso(now), "reason": reason_}
                                       for pattern, rating, reason_ in ratings])
    return True


def _open_session(conn: Connection, user_id: int, now: datetime):
    """The user's open session; one whose deadline has passed is closed first, as the first local command
    after a deadline closes it."""
    row = conn.execute(select(sessions).where(sessions.c.user_id == user_id, sessions.c.ended_at.is_(None))
                       .with_for_update()).first()
    if row is not None and expired(row._mapping, now):
        _close(conn, row, now, "deadline")
        return None
    return row


def close_expired(conn: Connection, user: User, now: datetime) -> None:
    """What the first local command after a deadline does: close the session whose time is up."""
    _open_session(conn, user.id, now)


def guard_lines(conn: Connection, user: User, command: str | None, now: datetime) -> list[str]:
    """What the local guard (judge.sessions.guard) prints on stderr before ``command``: the session its deadline
    closes now, or the 15, 5 and 1-minute warnings, each once (kept in session_warnings, as locally)."""
    from judge.service.records import run_on_records
    from judge.sessions.guard import CLOSE_THEMSELVES, THRESHOLDS_MIN, check, closed_line

    row = conn.execute(select(sessions).where(sessions.c.user_id == user.id, sessions.c.ended_at.is_(None))
                       .with_for_update()).first()
    if row is None or remaining_s(row._mapping, now) > max(THRESHOLDS_MIN) * 60:
        return []  # nothing to say: no store in memory is made for it (this runs before every command)
    if expired(row._mapping, now):  # submit and end close a late session themselves, after recording
        if command in CLOSE_THEMSELVES or not _close(conn, row, now, "deadline"):
            return []
        return [closed_line(row.id, row._mapping)]
    return run_on_records(conn, user.id, lambda store: check(store, command, now), ("session_warnings",))


def interview_open(conn: Connection, user: User, now: datetime) -> bool:
    """Whether the user is in an interview-mode session (a group's is one): `judge show` hides what it would give
    away, as judge.sessions.lifecycle.interview_open decides locally."""
    session = _open_session(conn, user.id, now)
    return session is not None and not session.practice


@dataclass(frozen=True)
class OwnSession:
    """`judge start` over the service: the session the client chose and wrote a workspace for."""

    started_at: str
    minutes: int
    blind: bool
    adaptive: bool
    practice: bool
    workspace: str
    options: dict
    problems: list[tuple[str, str]]  # (slug, the solution file's path in the workspace)


START_SKEW_S = 120  # the client starts from the service's clock (GET /v1/records), a moment before


def start_own(conn: Connection, user: User, request: OwnSession, now: datetime) -> int:
    """Record a session of the caller's own; its id.  Refused while another is open (a group's included)."""
    from judge.packs.loader import find_problem

    try:
        started = clock.parse(request.started_at)
    except ValueError:
        raise UsageError(f"the session's start {request.started_at!r} is not a time",
                         "run `judge start` again") from None
    if abs((started - now).total_seconds()) > START_SKEW_S:
        raise UsageError(f"the session's start {request.started_at} is not the service's time",
                         "run `judge start` again")
    current = _open_session(conn, user.id, now)
    if current is not None:
        raise active_refusal(current._mapping, now)
    problems = [(find_problem(slug), file_path) for slug, file_path in request.problems]
    if not problems or len({p.slug for p, _ in problems}) != len(problems):
        raise UsageError("a session needs distinct problems", "run `judge start` again")
    try:
        with conn.begin_nested():
            return _insert_session(conn, {
                "user_id": user.id, "started_at": request.started_at,
                "deadline": clock.iso(started + timedelta(minutes=request.minutes)), "minutes": request.minutes,
                "blind": int(request.blind), "adaptive": int(request.adaptive), "practice": int(request.practice),
                "workspace": request.workspace, "options": json.dumps(request.options)}, problems)
    except IntegrityError:  # another terminal started one a moment ago
        raise UsageError("another session was being started at the same moment", "run `judge status`") from None


def session_for_submission(conn: Connection, user_id: int, problem_slug: str, now: datetime) -> dict:
    """The columns that attach a new submission to the user's open session, if the problem is one of it."""
    row = conn.execute(select(sessions).where(sessions.c.user_id == user_id, sessions.c.ended_at.is_(None))).first()
    if row is None:
        return {}
    slugs = conn.execute(select(session_problems.c.problem).where(session_problems.c.session_id == row.id)).scalars()
    if problem_slug not in set(slugs):
        return {}
    late = expired(row._mapping, now)
    if late:  # the first command after the deadline closes the session, as locally
        _close(conn, row, now, "deadline")
    return {"session_id": row.id, "late": int(late), "submitted_at": clock.iso(now)}


def in_session(conn: Connection, submission_id: int) -> dict:
    """What `judge submit` shows of a submission made in a session (judge.sessions.submit): the line under
    its report, the problem's plan and hints used as `--json` gives them, and whether the session is blind."""
    from judge.grading.verdicts import Report
    from judge.judging import Judged
    from judge.packs.loader import find_problem
    from judge.sessions.submit import SessionSubmission, session_line

    row = conn.execute(select(submissions).where(submissions.c.id == submission_id)).one()
    session = conn.execute(select(sessions).where(sessions.c.id == row.session_id)).one()
    item = next(p for p in _progress_items(conn, session, before=submission_id + 1) if p.slug == row.problem)
    closed = bool(row.late)  # a late submission closes the session it is made in (session_for_submission)
    judged = Judged(find_problem(row.problem), Report.from_json(json.loads(row.report)), row.id)
    made = SessionSubmission(judged, session_id=session.id, late=bool(row.late), closed=closed,
                             remaining_s=remaining_s(session._mapping, clock.parse(row.submitted_at)), progress=item,
                             blind=bool(session.blind))
    return {"session_line": session_line(made), **made.extra_json(), "blind": made.blind}


def _progress(conn: Connection, session) -> list[dict]:
    return [p.to_json() for p in _progress_items(conn, session)]


def _progress_items(conn: Connection, session, before: int | None = None, pending: bool = False) -> list:
    """judge.sessions.progress.problem_progress of a session on the service; with ``pending``, a late
    submission not graded yet counts as an attempt (it closes the session before its verdict is in)."""
    problems = [r._mapping for r in conn.execute(select(session_problems).where(
        session_problems.c.session_id == session.id).order_by(session_problems.c.position))]
    rows = []
    made = select(submissions).where(submissions.c.session_id == session.id)
    made = made.where(or_(submissions.c.verdict.is_not(None), submissions.c.late == 1) if pending else
                      submissions.c.verdict.is_not(None))
    if before is not None:  # the session as it stood when that submission was judged
        made = made.where(submissions.c.id < before)
    for r in conn.execute(made.order_by(submissions.c.id)):
        report = json.loads(r.report) if r.report else {}
        rows.append({**r._mapping, "complexity_status": _time_status(report),
                     "time_claim": (((report.get("complexity") or {}).get("time") or {}).get("claim") or {}).get(
                         "verdict")})
    hints, plans = TABLES["hints"], TABLES["plans"]
    shown = [r._mapping for r in conn.execute(select(hints.c.problem, hints.c.hint, hints.c.shown_at).where(
        hints.c.session_id == session.id).order_by(hints.c.id))]
    planned = {r.problem: r._mapping for r in conn.execute(select(plans).where(plans.c.session_id == session.id))}
    return problem_progress(session._mapping, problems, rows, shown, planned)


def end(conn: Connection, user: User, now: datetime) -> dict:
    """`judge end` for a member: close their open session (its FSRS reviews recorded as it closes), or take
    the one its deadline closed; which session and whether it was closed already.  The CLI summarises it
    from the member's records with the local code (judge.sessions.lifecycle.summary)."""
    row = conn.execute(select(sessions).where(sessions.c.user_id == user.id, sessions.c.ended_at.is_(None))
                       .with_for_update()).first()
    if row is not None:
        _close(conn, row, now, "deadline" if expired(row._mapping, now) else "ended")
        return {"session_id": row.id, "already_closed": False}
    row = conn.execute(select(sessions).where(sessions.c.user_id == user.id)
                       .order_by(sessions.c.id.desc()).limit(1)).first()
    if row is None or row.end_reason != "deadline":
        raise UsageError("no active session to end",
                         "start one with `judge start`; `judge history` lists past sessions")
    return {"session_id": row.id, "already_closed": True}


def _time_status(report: dict) -> str | None:
    return ((report.get("complexity") or {}).get("time") or {}).get("status")


def board(conn: Connection, caller: User, name: str, now: datetime) -> dict:
    """Each member's progress in the group; a member who is not an admin sees their own row only."""
    group = conn.execute(select(groups).where(groups.c.name == name)).first()
    member_sessions = [] if group is None else conn.execute(
        select(sessions).where(sessions.c.group_id == group.id).order_by(sessions.c.id)).all()
    if group is None or not (caller.admin or any(s.user_id == caller.id for s in member_sessions)):
        raise NotFound(f"no group {name} of yours", "check the name with the admin who started it")
    from judge.service.database import users

    names = dict(conn.execute(select(users.c.id, users.c.name)).all())
    members = []
    for session in member_sessions:
        if not caller.admin and session.user_id != caller.id:
            continue
        progress = _progress(conn, session)
        members.append({"user": names[session.user_id], "session_id": session.id,
                        "solved": sum(p["state"] == "accepted" for p in progress),
                        "attempts": sum(p["attempts"] for p in progress),
                        "problems": [{"slug": p["slug"], "state": p["state"], "attempts": p["attempts"],
                                      "solved_at_s": p["solved_at_s"]} for p in progress]})
    return {"group": group.name, "started_at": group.started_at, "deadline": group.deadline,
            "minutes": group.minutes, "remaining_s": int((clock.parse(group.deadline) - now).total_seconds()),
            "problems": json.loads(group.problems), "members": members}
