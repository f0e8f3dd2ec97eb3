"""`judge submit` through the session layer: attach to the open session, decide lateness, then grade.

The problem is the one named, else the session problem whose workspace file
this is, else the one the file names (``# judge: problem=SLUG`` or its name).
A submission is late when it is made at or after the deadline: it is judged
and recorded against the session with ``late = 1``, never counts as solved in
time, and, being the first command after the deadline, closes the session.
A problem that is not part of the open session is recorded outside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from judge import clock
from judge.errors import UsageError
from judge.sessions.lifecycle import close, deadline_of, expired, remaining_s
from judge.sessions.progress import ProblemProgress, problem_progress
from judge.store.case_checks import session_test_strengths
from judge.store.db import connect
from judge.store.hints import session_hints
from judge.store.plans import session_plans
from judge.store.sessions import open_session, session_problems, session_submissions

if TYPE_CHECKING:
    from judge.judging import Judged, SubmitRequest


@dataclass
class SessionSubmission:
    judged: Judged
    session_id: int | None = None
    late: bool = False
    blind: bool = False
    closed: bool = False  # this submission closed the session (it came after the deadline)
    remaining_s: int | None = None
    progress: ProblemProgress | None = None  # of the submitted problem
    note: str | None = None

    def extra_json(self) -> dict:
        """What ``submit --json`` adds to the report: the session, and in one the problem's plan and hints."""
        item = self.progress
        return {"session_id": self.session_id, "late": self.late, "plan": item.plan if item else None,
                "hints_used": item.hints_used if item else None}


def _session_problem(file: Path, slug: str | None, problems) -> str | None:
    if slug:
        return None
    resolved = str(file.resolve())
    return next((p["problem"] for p in problems if p["file_path"] == resolved), None)


def _with_plan_claims(problem, complexity, plan):
    """The report's options with the session plan's complexities as claims, where the user gave none on the
    command line and the report can check them (judge.sessions.plans)."""
    if complexity is None or plan is None:
        return complexity
    from judge.complexity import check_claims  # the report's parser: not loaded for a plain submit

    planned = replace(complexity, claim_time=complexity.claim_time or plan["time"],
                      claim_space=complexity.claim_space or plan["space"])
    try:
        check_claims(problem, planned)
    except UsageError:  # no size parameters, or written in terms the report does not measure
        return complexity
    return planned


def submit(file: Path, slug: str | None = None, progress=None, connection=None, complexity=None,
           on_verdict=None) -> SessionSubmission:
    """Judge ``file`` (judge.judging.submit_file), recorded against the open session when it belongs to it.

    ``complexity`` is the complexity report's options (None: no report).  ``on_verdict(result)`` gets the
    SessionSubmission as soon as the verdict is recorded, before the complexity report is measured.
    """
    from judge.judging import SubmitRequest, resolve_problem

    submitted = clock.now()  # lateness is decided by when the user submitted, not when grading finished
    conn = connection or connect()
    try:
        session = open_session(conn)
        if session is None:
            return _judge(SubmitRequest(file, slug, progress, complexity), on_verdict, SessionSubmission)
        problems = session_problems(conn, session["id"])
        problem = resolve_problem(file, slug or _session_problem(file, slug, problems))
        if problem.slug not in {p["problem"] for p in problems}:
            note = f"{problem.slug} is not a problem of session {session['id']}, so it was recorded outside the session"
            return _judge(SubmitRequest(file, problem.slug, progress, complexity), on_verdict,
                          lambda judged: SessionSubmission(judged, note=note))
        late = expired(session, submitted)
        complexity = _with_plan_claims(problem, complexity, session_plans(conn, session["id"]).get(problem.slug))

        def progress_item() -> ProblemProgress:
            progress_now = problem_progress(session, problems, session_submissions(conn, session["id"]),
                                            session_hints(conn, session["id"]), session_plans(conn, session["id"]),
                                            session_test_strengths(conn, session["id"]))
            return next(p for p in progress_now if p.slug == problem.slug)

        def in_session(judged) -> SessionSubmission:
            closed = late and close(conn, session["id"], clock.now(), "deadline")
            return SessionSubmission(judged, session_id=session["id"], late=late, blind=bool(session["blind"]),
                                     closed=closed, remaining_s=remaining_s(session, submitted),
                                     progress=progress_item())

        result = _judge(SubmitRequest(file, problem.slug, progress, complexity, record_extra={
            "session_id": session["id"], "late": int(late), "submitted_at": clock.iso(submitted)},
            keep_warm_until=None if late else deadline_of(session).timestamp()), on_verdict, in_session)
        if result.judged.report.complexity is not None:  # the plan's time claim is judged by the report,
            result.progress = progress_item()  # which arrived after the verdict was shown
        return result
    finally:
        if connection is None:
            conn.close()


def _judge(request: SubmitRequest, on_verdict, describe) -> SessionSubmission:
    """submit_file, with ``describe(judged)`` run once the verdict is recorded; its SessionSubmission goes to
    ``on_verdict`` then, and is returned at the end (its ``judged`` by then carries the complexity report)."""
    from judge.judging import submit_file

    described: list[SessionSubmission] = []

    def recorded(judged) -> None:
        described.append(describe(judged))
        if on_verdict is not None:
            on_verdict(described[0])

    submit_file(replace(request, on_recorded=recorded))
    return described[0]


def session_line(result: SessionSubmission) -> str | None:
    """The line the terminal shows under the report."""
    if result.session_id is None:
        return f"note: {result.note}" if result.note else None
    item = result.progress
    assert item is not None and result.remaining_s is not None  # set with session_id (see submit)
    if result.late:
        line = (f"LATE: submitted {clock.clock_text(-result.remaining_s)} after the deadline of session "
                f"{result.session_id}; judged, but not counted as solved in time.")
        if result.closed:
            line += " The session is now closed; `judge end` prints its summary."
        return line
    if item.state == "accepted":
        where = f"{item.slug} accepted at {clock.clock_text(item.solved_at_s)}"
    else:
        where = f"{item.slug}: attempt {item.attempts}, not yet accepted"
    return f"session {result.session_id}: {where}; {clock.clock_text(result.remaining_s)} left."
