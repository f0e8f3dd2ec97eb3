"""Judging a file end to end: find the problem, reach the engine, grade, record.

This is the layer between the CLI and grading.  Sessions wrap ``submit_file``
to attach a submission to the active session; grading never sees either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from judge.errors import EnvironmentProblem
from judge.grading.verdicts import Report
from judge.packs.loader import find_problem, infer_problem
from judge.packs.model import Problem
from judge.paths import data_dir

if TYPE_CHECKING:
    from judge.complexity import ComplexityOptions


@dataclass
class Judged:
    problem: Problem
    report: Report
    submission_id: int | None = None


def resolve_problem(file: Path, slug: str | None) -> Problem:
    return find_problem(slug) if slug else infer_problem(file)


def sandbox_client(runtime: str):
    """A connected engine client and the runtime's current sandbox image (EnvironmentProblem otherwise)."""
    from judge.sandbox.engine import connect
    from judge.sandbox.image import require_image
    from judge.sandbox.runtimes import load_runtime

    client = connect()
    try:
        return client, require_image(client, load_runtime(runtime))
    except BaseException:
        client.close()
        raise


def hypothesis_dir() -> Path:
    path = data_dir() / "hypothesis"
    path.mkdir(exist_ok=True)
    return path


def cases_cache_dir() -> Path:
    return data_dir() / "cache" / "cases"


def warm_enabled() -> bool:
    """Work ahead (warm containers, a session's tests prepared in the background) is on unless JUDGE_WARM=0
    (e.g. to keep a low-memory machine free between submits)."""
    import os

    return os.environ.get("JUDGE_WARM", "1") != "0"


def warm_pool(client, image):
    from judge.sandbox.warm import WarmPool

    return WarmPool(client, image, data_dir() / "warm.lock")


@dataclass(frozen=True)
class RunOptions:
    """How ``run_source`` grades.

    ``keep_warm_until`` (epoch seconds, during a session): use a warm container when one waits, and have the
    next one started once the verdict is in.  ``on_verdict(report)`` is called as soon as the verdict is
    decided.  ``complexity`` (what ``judge.complexity.complexity_step`` returns): with a verdict that gets a
    report (accepted, or a time limit on a call), the report is then measured into ``report.complexity``.
    """

    examples_only: bool
    progress: Callable | None = None
    property_examples: int | None = None
    keep_warm_until: float | None = None
    complexity: Callable | None = None  # the measuring step
    on_verdict: Callable[[Report], None] | None = None


def _engine_errors() -> tuple[type[BaseException], ...]:
    import docker
    import requests.exceptions

    return docker.errors.DockerException, requests.exceptions.RequestException


def run_source(source: str, problem: Problem, options: RunOptions) -> Report:
    """Grade ``source`` as ``options`` say.  An interrupt (Ctrl-C) or an engine failure while measuring the
    complexity report costs the report only: it then says why it is missing."""
    import time

    from judge.grading.grader import GradeRequest, complexity_applies, grade

    engine_errors = _engine_errors()
    keep_warm_until, progress = options.keep_warm_until, options.progress
    client, image = sandbox_client(problem.runtime)
    warm = warm_pool(client, image) if keep_warm_until and warm_enabled() else None
    try:
        try:
            report = grade(GradeRequest(client, image, problem, source, examples_only=options.examples_only,
                                        property_examples=options.property_examples, database_dir=hypothesis_dir(),
                                        cache_dir=cases_cache_dir(), warm=warm, progress=progress))
        except engine_errors as exc:
            raise EnvironmentProblem(f"the Docker engine failed while judging ({_first_line(exc)})",
                                     "check `judge sandbox check`, then submit again") from None
        if options.on_verdict is not None:
            options.on_verdict(report)
        if options.complexity is not None and complexity_applies(report):
            report.complexity = _measure(client, image, problem, source, options.complexity, progress)
        return report
    finally:
        if warm is not None:  # after grading: a container start would share the CPU with the submission
            warm.finish(replenish=keep_warm_until is not None and keep_warm_until > time.time())
        client.close()


INTERRUPTED = "interrupted (Ctrl-C) while measuring; the verdict above is recorded"


def _measure(client, image, problem: Problem, source: str, step, progress) -> dict:
    from judge.errors import JudgeError
    from judge.grading.grader import measure_complexity

    try:
        return measure_complexity(client, image, problem, source, step, progress)
    except KeyboardInterrupt:
        return {"available": False, "reason": INTERRUPTED, "interrupted": True}
    except _engine_errors() as exc:
        return {"available": False, "reason": f"the Docker engine failed while measuring ({_first_line(exc)})"}
    except JudgeError as exc:  # the sandbox did not start
        return {"available": False, "reason": exc.message}


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


def prewarm(until: float, runtime: str) -> bool:
    """Start one warm container of ``runtime`` for a session that runs until ``until``; False when no
    engine or image."""
    from judge.errors import JudgeError
    from judge.sandbox.policy import Limits

    if not warm_enabled():
        return False
    try:
        client, image = sandbox_client(runtime)
    except JudgeError:
        return False
    try:
        pool = warm_pool(client, image)
        pool.want(until)
        pool.start(Limits(memory_mb=image.runtime.memory_mb), until)
        return True
    except Exception:  # noqa: BLE001
        return False
    finally:
        client.close()


def prepare_in_background(slugs: list[str]) -> bool:
    """Prepare these problems' hidden cases and property examples in a detached process (a session
    started: its first submissions then find them cached); False if it could not be started."""
    from judge.background import start_detached

    return warm_enabled() and start_detached("judge.judging", *slugs)


def prepare_problem(problem: Problem) -> None:
    """Prepare and cache the hidden cases and record the property examples of ``problem``."""
    from judge.grading.prepared import prepared_hidden_cases
    from judge.grading.properties import recorded_examples

    prepared_hidden_cases(problem, cases_cache_dir())
    if problem.property_examples > 0:
        recorded_examples(problem, problem.property_examples, hypothesis_dir(), cases_cache_dir())


def discard_warm() -> int:
    """Remove every waiting warm container (the session ended); 0 when no engine answers."""
    from judge.errors import JudgeError
    from judge.sandbox.engine import connect

    try:
        client = connect(timeout=10)
    except JudgeError:
        return 0
    try:
        return warm_pool(client, None).discard_all()
    finally:
        client.close()


def test_file(file: Path, slug: str | None = None, progress=None) -> Judged:
    """The "Run" button: the visible examples only, recorded nowhere."""
    from judge.grading.grader import read_source

    problem = resolve_problem(file, slug)
    source = read_source(file)
    return Judged(problem, run_source(source, problem, RunOptions(examples_only=True, progress=progress)))


@dataclass(frozen=True)
class SubmitRequest:
    """What ``submit_file`` judges: ``file`` (its problem named by ``slug`` or inferred from the file).

    ``complexity``: a ``judge.complexity.ComplexityOptions`` (None: no report).  ``record_extra``: session
    columns of the record.  ``on_recorded(judged)`` is called once the verdict is recorded, before the
    report is measured, so a caller can show the verdict while the report is being made: nothing that
    happens after loses it.
    """

    file: Path
    slug: str | None = None
    progress: Callable | None = None
    complexity: ComplexityOptions | None = None
    record_extra: dict | None = None
    keep_warm_until: float | None = None
    on_recorded: Callable[[Judged], None] | None = None


def submit_file(request: SubmitRequest) -> Judged:
    """Hidden cases and property tests, recorded as soon as the verdict is decided; then the complexity
    report (when asked for), added to the record once measured."""
    from judge.complexity import complexity_step
    from judge.grading.grader import read_source
    from judge.store.db import connect
    from judge.store.submissions import NewSubmission, record_submission, update_report

    file, on_recorded = request.file, request.on_recorded
    problem = resolve_problem(file, request.slug)
    source = read_source(file)
    # bad claims fail first, before any grading
    step = complexity_step(problem, request.complexity) if request.complexity is not None else None
    recorded: list[Judged] = []

    def record(report: Report) -> None:
        conn = connect()
        try:
            submission_id = record_submission(conn, NewSubmission(
                problem=problem, file_path=str(file.resolve()), source=source, report=report.to_json(),
                extra_columns=request.record_extra))
        finally:
            conn.close()
        recorded.append(Judged(problem, report, submission_id))
        if on_recorded is not None:
            on_recorded(recorded[0])

    run_source(source, problem, RunOptions(examples_only=False, progress=request.progress,
                                           keep_warm_until=request.keep_warm_until, complexity=step,
                                           on_verdict=record))
    judged = recorded[0]  # run_source hands every verdict to on_verdict before it returns; its report,
    if judged.report.complexity is not None:  # the same object, now carries the complexity report too
        assert judged.submission_id is not None  # recorded by ``record`` (on_verdict) before measuring
        conn = connect()
        try:
            update_report(conn, judged.submission_id, judged.report.to_json())
        finally:
            conn.close()
    return judged


def main(slugs: list[str]) -> int:
    """``python -m judge.judging SLUG...``: ``prepare_in_background``'s process; a problem that fails to
    prepare is left for its first submission, which reports why."""
    for slug in slugs:
        try:
            prepare_problem(find_problem(slug))
        except Exception:  # noqa: BLE001
            continue
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
