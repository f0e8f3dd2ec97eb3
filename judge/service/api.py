"""The HTTP API (FastAPI on uvicorn).  It stores submissions and hands their ids to the broker; it never
runs one.  Every query is scoped to the caller: another user's submission answers 404, as a missing one does.

Errors are one JSON object, ``{"error", "fix", "exit_code"}``, which the CLI prints as it prints its own.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from judge import clock
from judge.errors import EXIT_ENVIRONMENT, EXIT_USAGE, JudgeError, UsageError
from judge.grading.grader import MAX_SOURCE_BYTES
from judge.service.changes import RECHECK_S, Changes
from judge.service.database import engine_for, gradings, submissions
from judge.service.users import User, user_for_token

MAX_BODY_BYTES = 2 * MAX_SOURCE_BYTES + 4096
TOKEN_CACHE_S = 60.0  # a checked token is trusted this long: scrypt costs ~50 ms, a client asks again at once
MAX_WAIT_S = 20.0  # the longest a request for a submission waits for its state to move on (judge/service/changes.py)


@dataclass
class ServiceConfig:
    db_url: str
    broker_url: str
    sweep_after_s: float = 600.0  # an unfinished submission is sent again after this (judge/service/grading.py)
    max_deliveries: int = 5
    submissions_per_minute: int = 30  # per user


class ServiceError(Exception):
    def __init__(self, status: int, error: JudgeError):
        super().__init__(error.one_line())
        self.status = status
        self.error = error


class NotFound(UsageError):
    pass


class SubmissionIn(BaseModel):
    source: str = Field(max_length=MAX_SOURCE_BYTES)
    filename: str = Field(max_length=255)
    problem: str | None = Field(default=None, max_length=100)
    mode: str = Field(default="submit", pattern="^(submit|test)$")
    complexity: bool = False
    claim_time: str | None = Field(default=None, max_length=100)
    claim_space: str | None = Field(default=None, max_length=100)


class SessionProblemIn(BaseModel):
    slug: str = Field(max_length=100)
    file_path: str = Field(max_length=4096)


class SessionIn(BaseModel):
    """`judge start`'s session, chosen by the client from its records (GET /v1/records)."""

    started_at: str = Field(max_length=40)
    minutes: int = Field(ge=1, le=24 * 60)
    blind: bool = False
    adaptive: bool = False
    practice: bool = False
    workspace: str = Field(max_length=4096)
    options: dict = Field(default_factory=dict)
    problems: list[SessionProblemIn] = Field(min_length=1, max_length=10)


class GuardIn(BaseModel):
    command: str | None = Field(default=None, max_length=40)


class HintIn(BaseModel):
    problem: str | None = Field(default=None, max_length=100)  # None: the open session's only problem


class PlanIn(BaseModel):
    problem: str | None = Field(default=None, max_length=100)
    patterns: list[str] = Field(min_length=1, max_length=10)
    time: str = Field(max_length=100)
    space: str = Field(max_length=100)


class GroupIn(BaseModel):
    name: str = Field(min_length=1, max_length=64, pattern="^[A-Za-z0-9._-]+$")
    users: list[str] = Field(max_length=500)
    problems: list[str] = Field(default_factory=list, max_length=10)
    minutes: int = Field(default=60, ge=1, le=24 * 60)


@dataclass
class RateLimit:
    """A sliding window of the last minute's submissions per user."""

    per_minute: int
    seen: dict[int, deque] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, user_id: int, now: float) -> bool:
        with self.lock:
            window = self.seen.setdefault(user_id, deque())
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= self.per_minute:
                return False
            window.append(now)
            return True


def _problem_for(upload: SubmissionIn):
    """The problem named, else the one the file names (``# judge: problem=SLUG`` or its file name), as locally."""
    from judge.packs.loader import find_problem, infer_problem

    if upload.problem:
        return find_problem(upload.problem)
    name = Path(upload.filename).name or "solution.py"
    with tempfile.TemporaryDirectory(prefix="drill-judge-upload-") as folder:
        path = Path(folder) / name
        path.write_text(upload.source[:4096], encoding="utf-8")
        return infer_problem(path)


def caller(request: Request, authorization: str = Header(default="")) -> User:
    """The user whose token came with the request; 401 otherwise."""
    token = authorization.removeprefix("Bearer ").strip()
    key = hashlib.sha256(token.encode()).hexdigest()
    checked: dict[str, tuple[User, float]] = request.app.state.checked
    hit = checked.get(key)
    if hit and hit[1] > time.monotonic():
        return hit[0]
    with request.app.state.engine.connect() as conn:
        user = user_for_token(conn, token)
    if user is None:
        raise ServiceError(401, UsageError("the service does not know this token",
                                           "set JUDGE_TOKEN to the token `judge users add` printed"))
    checked[key] = (user, time.monotonic() + TOKEN_CACHE_S)
    return user


Caller = Annotated[User, Depends(caller)]


def create_app(config: ServiceConfig) -> FastAPI:
    from judge.service.queue import configure

    configure(config.broker_url)
    engine = engine_for(config.db_url)
    limits = RateLimit(config.submissions_per_minute)
    stop = threading.Event()
    changes = Changes(engine)

    def sweeper() -> None:
        from judge.service.grading import SweepRequest, not_sent, unfinished_due
        from judge.service.queue import send_grade

        request = SweepRequest(config.db_url, config.sweep_after_s, config.max_deliveries)
        while not stop.wait(min(30.0, max(1.0, config.sweep_after_s / 4))):
            try:
                for submission_id in unfinished_due(request):
                    try:
                        send_grade(submission_id)
                    except Exception:  # noqa: BLE001 - the broker is down: this send does not count
                        not_sent(config.db_url, submission_id)
            except Exception:  # noqa: BLE001 - the database is down: the next round tries again
                continue

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app):
        threading.Thread(target=sweeper, name="judge-sweeper", daemon=True).start()
        threading.Thread(target=changes.listen, args=(stop,), name="judge-changes", daemon=True).start()
        yield
        stop.set()

    app = FastAPI(title="drill-judge", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine
    app.state.checked = {}
    app.state.stopping = lambda: stop.is_set()  # `serve` points this at uvicorn's own flag

    @app.middleware("http")
    async def size_cap(request: Request, call_next):
        """Refuse a body larger than a submission may be before reading it (JSON escapes may double it)."""
        declared = request.headers.get("content-length", "")
        streamed = "transfer-encoding" in request.headers  # a body of no declared length: never read
        if streamed or (declared and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES)):
            error = UsageError("the upload is larger than a solution needs, or gives no length",
                               f"keep it under {MAX_SOURCE_BYTES // 1024} KB")
            return JSONResponse({"error": error.message, "fix": error.fix, "exit_code": error.exit_code},
                                status_code=413)
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, exc: RequestValidationError):
        first = (exc.errors() or [{}])[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return JSONResponse({"error": f"the service refused the request ({where}: {first.get('msg', 'malformed')})",
                             "fix": "use the same version of drill-judge as the service", "exit_code": EXIT_USAGE},
                            status_code=400)

    @app.exception_handler(ServiceError)
    async def service_error(_request: Request, exc: ServiceError):
        return JSONResponse({"error": exc.error.message, "fix": exc.error.fix, "exit_code": exc.error.exit_code},
                            status_code=exc.status)

    @app.exception_handler(JudgeError)
    async def judge_error(_request: Request, exc: JudgeError):
        from judge.service.groups import Forbidden

        status = 503 if exc.exit_code == EXIT_ENVIRONMENT else 403 if isinstance(exc, Forbidden) else 400
        return JSONResponse({"error": exc.message, "fix": exc.fix, "exit_code": exc.exit_code}, status_code=status)

    @app.exception_handler(SQLAlchemyError)
    async def database_down(_request: Request, exc: SQLAlchemyError):
        return JSONResponse({"error": "the service's database did not answer", "fix": "try again in a minute",
                             "exit_code": EXIT_ENVIRONMENT}, status_code=503)

    @app.get("/v1/health")
    def health() -> dict:
        with engine.connect() as conn:
            conn.execute(select(1))
        return {"ok": True}

    @app.get("/v1/whoami")
    def whoami(user: Caller) -> dict:
        return {"id": user.id, "name": user.name, "admin": user.admin}

    @app.post("/v1/submissions", status_code=202)
    def submit(upload: SubmissionIn, user: Caller) -> dict:
        from judge.complexity import ComplexityOptions, check_claims
        from judge.service.queue import send_grade

        if len(upload.source.encode()) > MAX_SOURCE_BYTES:
            raise ServiceError(413, UsageError(f"{upload.filename}: more than a solution needs",
                                               f"keep it under {MAX_SOURCE_BYTES // 1024} KB"))
        if not limits.allow(user.id, time.monotonic()):
            raise ServiceError(429, UsageError(f"more than {limits.per_minute} submissions in a minute",
                                               "wait a minute, then submit again"))
        problem = _problem_for(upload)
        if upload.complexity:
            check_claims(problem, ComplexityOptions(claim_time=upload.claim_time, claim_space=upload.claim_space))
        options = {"complexity": upload.complexity, "claim_time": upload.claim_time,
                   "claim_space": upload.claim_space}
        from judge.service.groups import session_for_submission

        moment = clock.now()
        now = clock.iso(moment)
        with engine.begin() as conn:
            in_session = session_for_submission(conn, user.id, problem.slug, moment) if upload.mode == "submit" else {}
            submission_id = conn.execute(insert(submissions).values(
                **in_session, user_id=user.id, created_at=now, problem=problem.slug,
                patterns=json.dumps(list(problem.patterns)),
                difficulty=problem.difficulty, file_path=upload.filename,
                source_sha256=hashlib.sha256(upload.source.encode()).hexdigest(), source=upload.source,
                mode=upload.mode, options=json.dumps(options)).returning(submissions.c.id)).scalar_one()
        try:
            send_grade(submission_id)
        except Exception:  # noqa: BLE001 - the broker is down: stored, so the sweeper sends it later
            return {"submission_id": submission_id, "queued": False}
        with engine.begin() as conn:
            conn.execute(update(submissions).where(submissions.c.id == submission_id)
                         .values(enqueued_at=clock.iso(clock.now()), deliveries=submissions.c.deliveries + 1))
        return {"submission_id": submission_id, "queued": True}

    def submission_state(submission_id: int, user: User) -> dict:
        with engine.connect() as conn:
            row = conn.execute(select(submissions.c.id, submissions.c.report, submissions.c.session_id,
                                      submissions.c.late, gradings.c.completed_at)
                               .outerjoin(gradings, gradings.c.submission_id == submissions.c.id)
                               .where(submissions.c.id == submission_id, submissions.c.user_id == user.id)).first()
        if row is None:
            raise ServiceError(404, NotFound(f"no submission {submission_id} of yours",
                                             "`judge history` lists your submissions"))
        state = "pending" if row.report is None else "complete" if row.completed_at else "graded"
        shown: dict = {"session_line": None, "plan": None, "hints_used": None, "blind": False}
        if row.report is not None and row.session_id is not None:
            from judge.service.groups import in_session

            with engine.connect() as conn:
                shown = in_session(conn, row.id)
        return {"submission_id": row.id, "state": state, "session_id": row.session_id, "late": bool(row.late),
                "report": None if row.report is None else json.loads(row.report), **shown}

    @app.get("/v1/submissions/{submission_id}")
    async def submission(submission_id: int, user: Caller, request: Request, seen: str | None = None,
                         wait: float = 0.0) -> dict:
        """The submission's state; with ``seen`` and ``wait``, once its state is not ``seen`` any more, or
        after ``wait`` seconds (at most MAX_WAIT_S), whichever comes first: a client waits on one request."""
        deadline = time.monotonic() + min(max(wait, 0.0), MAX_WAIT_S)
        with changes.waiting(submission_id) as changed:
            while True:
                changed.clear()  # before reading: a change after the read still wakes the wait below
                state = await run_in_threadpool(submission_state, submission_id, user)
                left = deadline - time.monotonic()
                if state["state"] != seen or left <= 0 or request.app.state.stopping():
                    return state
                try:
                    await asyncio.wait_for(changed.wait(), timeout=min(RECHECK_S, left))
                except TimeoutError:
                    pass

    @app.post("/v1/end")
    def end(user: Caller) -> dict:
        from judge.service.groups import end as end_session

        with engine.begin() as conn:
            return end_session(conn, user, clock.now())

    @app.get("/v1/records")
    def records(user: Caller) -> dict:
        """The caller's own records as local rows, after closing a session whose time is up (as locally)."""
        from judge.service.groups import close_expired
        from judge.service.records import user_records

        now = clock.now()
        with engine.begin() as conn:
            close_expired(conn, user, now)
            return {"now": clock.iso(now), "records": user_records(conn, user.id)}

    @app.post("/v1/sessions", status_code=201)
    def start_own(started: SessionIn, user: Caller) -> dict:
        from judge.service.groups import OwnSession, start_own

        with engine.begin() as conn:
            return {"session_id": start_own(conn, user, OwnSession(
                started.started_at, started.minutes, started.blind, started.adaptive, started.practice,
                started.workspace, started.options, [(p.slug, p.file_path) for p in started.problems]),
                clock.now())}

    @app.post("/v1/guard")
    def guard(before: GuardIn, user: Caller) -> dict:
        """What the CLI prints on stderr before a command: the local guard's lines for the caller's session."""
        from judge.service.groups import guard_lines

        with engine.begin() as conn:
            return {"lines": guard_lines(conn, user, before.command, clock.now())}

    @app.post("/v1/hints")
    def hint(asked: HintIn, user: Caller) -> dict:
        """`judge hint`: the local code (judge.sessions.hints) on the caller's records; the hint it shows is stored."""
        from judge.service.groups import close_expired
        from judge.service.records import run_on_records
        from judge.sessions.hints import next_hint

        now = clock.now()
        with engine.begin() as conn:
            close_expired(conn, user, now)
            return run_on_records(conn, user.id, lambda store: next_hint(store, asked.problem, now).to_json(),
                                  ("hints",))

    @app.post("/v1/plans")
    def plan(planned: PlanIn, user: Caller) -> dict:
        """`judge plan`: the local code (judge.sessions.plans) on the caller's records; the plan is stored."""
        from judge.service.groups import close_expired
        from judge.service.records import run_on_records
        from judge.sessions.plans import make_plan

        now = clock.now()
        with engine.begin() as conn:
            close_expired(conn, user, now)
            return run_on_records(conn, user.id, lambda store: make_plan(
                store, planned.problem, tuple(planned.patterns), planned.time, planned.space, now), ("plans",))

    @app.post("/v1/groups")
    def group_start(request: GroupIn, user: Caller) -> dict:
        from judge.service.groups import GroupRequest, start_group

        with engine.begin() as conn:
            return start_group(conn, user, GroupRequest(request.name, request.users, request.problems,
                                                        request.minutes), clock.now())

    @app.get("/v1/groups/{name}/board")
    def group_board(name: str, user: Caller) -> dict:
        from judge.service.groups import NotFound, board

        try:
            with engine.begin() as conn:
                return board(conn, user, name, clock.now())
        except NotFound as exc:
            raise ServiceError(404, exc) from None

    @app.get("/v1/problems")
    def problems(_user: Caller, pattern: str | None = None) -> dict:
        from judge.packs.loader import all_problems
        from judge.packs.views import problems_view

        view = problems_view(all_problems(), pattern)
        return {"data": view.data, "text": view.text}

    @app.get("/v1/problems/{slug}")
    def show(slug: str, user: Caller) -> dict:
        from judge.packs.loader import find_problem
        from judge.packs.views import show_view
        from judge.service.groups import interview_open

        with engine.begin() as conn:
            interview = interview_open(conn, user, clock.now())
        view = show_view(find_problem(slug), interview=interview)
        return {"data": view.data, "text": view.text}

    return app


def serve(config: ServiceConfig, host: str, port: int) -> None:
    import uvicorn

    from judge.service.database import require_schema

    require_schema(config.db_url)
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="info", access_log=False))
    app.state.stopping = lambda: server.should_exit  # waiting requests answer at once, so stopping is quick
    server.run()

