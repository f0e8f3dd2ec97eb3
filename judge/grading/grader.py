"""Grading one submission: load it in a fresh sandbox, run the cases, then the property tests.

``grade`` is the one entry point.  It returns a ``Report`` for anything the
submission does; it raises only for the judge's own problems (a missing
engine, a broken pack), as ``JudgeError``s.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from judge.errors import UsageError
from judge.grading.calls import LoadedSubmission, run_until_failure
from judge.grading.diffs import answer_diff
from judge.grading.prepared import PreparedCase, prepare, prepared_hidden_cases
from judge.grading.properties import recorded_examples, run_properties
from judge.grading.verdicts import FailingCase, Report, Verdict
from judge.packs.model import Problem, show
from judge.paths import data_dir
from judge.sandbox.container import Sandbox, pid_alive, sweep_stale_containers
from judge.sandbox.policy import SUBMISSION_MOUNT, Limits
from judge.sandbox.runtimes import SandboxImage
from judge.sandbox.submission import SOLUTION_FILENAME

if TYPE_CHECKING:
    from judge.sandbox.warm import WarmPool

MAX_SOURCE_BYTES = 512 * 1024
STAGING_PREFIX = "submission-"  # then the judge's pid: a killed judge's copies are found and removed


def read_source(path: Path) -> str:
    """The submission's text, or a UsageError that says what is wrong with the file."""
    try:
        with open(path, "rb") as handle:
            # One byte past the cap tells a file too big without reading it all (a 300 MB file costs nothing).
            data = handle.read(MAX_SOURCE_BYTES + 1)
            if len(data) > MAX_SOURCE_BYTES:
                size = os.fstat(handle.fileno()).st_size
                raise UsageError(f"{path}: {max(size, len(data))} bytes is more than a solution needs",
                                 f"keep it under {MAX_SOURCE_BYTES // 1024} KB")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file", "check the path") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: a directory, not a file", "name the solution file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read it ({exc.strerror})", "check the path and its permissions") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text", "save the file as UTF-8") from None


def run_cases(run: LoadedSubmission, cases: list[PreparedCase], source: str, progress=None):
    """Run cases in order until the first failure; return (passed, (verdict, failing case, result) or None)."""
    problem = run.problem
    outcome = run_until_failure(run, cases, f"{source} tests", progress)
    if outcome.case is None:
        return outcome.passed, None
    case, result = outcome.case, outcome.result
    assert result is not None  # set with the case
    failing = FailingCase(
        source=source, index=case.index, tags=list(case.tags), input=problem.format_args(case.args()),
        expected=show(case.expected), got=show(result.value) if result.ok else None,
        stdout=result.stdout, reason=outcome.reason,
        diff=answer_diff(case.expected, result.value, problem.compare) if result.ok else None)
    return outcome.passed, (result.verdict or Verdict.WRONG_ANSWER, failing, result)


@dataclass(frozen=True)
class GradeRequest:
    """What to judge, and with what.

    ``database_dir`` keeps Hypothesis's counterexamples (no property tests without it); ``cache_dir`` keeps
    prepared hidden cases between runs; ``warm`` (a ``judge.sandbox.warm.WarmPool``) offers a container
    started ahead of time, used when one of the right kind waits, else a cold one is started;
    ``property_examples`` overrides the problem's own count; ``progress(phase, done, total)`` is told as
    cases and examples pass.
    """

    client: Any
    image: SandboxImage
    problem: Problem
    source: str
    examples_only: bool = False
    property_examples: int | None = None
    database_dir: Path | None = None
    cache_dir: Path | None = None
    warm: WarmPool | None = None
    progress: Callable | None = None


def grade(request: GradeRequest) -> Report:
    """Judge the submission against the problem: hidden cases then property tests (or the examples).

    The complexity report is not part of grading: ``measure_complexity`` makes it, once the verdict is
    final (and recorded), so nothing the measurement does can change or lose the verdict.
    """
    client, image, problem, source = request.client, request.image, request.problem, request.source
    examples_only, database_dir, cache_dir = request.examples_only, request.database_dir, request.cache_dir
    started = time.monotonic()
    if examples_only:
        cases = [prepare(problem, case) for case in problem.examples]
    else:
        cases = prepared_hidden_cases(problem, cache_dir)
    report = Report(problem=problem.slug, verdict=Verdict.ACCEPTED, passed=0, total=len(cases),
                    cases="example" if examples_only else "hidden")
    examples = problem.property_examples if request.property_examples is None else request.property_examples
    recording = None
    if not examples_only and database_dir is not None and examples > 0:
        recording = _record_properties_in_background(problem, examples, database_dir, cache_dir)
    limits = Limits(memory_mb=problem.limits.memory_mb)
    max_answer_bytes = problem.limits.answer_mb << 20
    judging = _Judging(request, report, cases, examples)
    warm = request.warm
    warm_sandbox = warm.claim(limits, max_answer_bytes) if warm is not None else None
    if warm_sandbox is not None:
        # A warm container has no bind mount: its runner takes the code over stdin.
        report.extra["sandbox"] = "warm"
        with warm_sandbox:
            _judge_in(warm_sandbox, {"source": source}, judging)
    else:
        report.extra["sandbox"] = "cold"
        sweep_stale_containers(client)
        # Staged inside the judge's data dir: the judge writes nowhere else on the host (docs/security.md).
        staging_root = data_dir() / "staging"
        staging_root.mkdir(exist_ok=True)
        _sweep_staging(staging_root)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=staging_root))
        try:
            # The container reads the file through a read-only bind mount; the host owns the directory.
            (staging / SOLUTION_FILENAME).write_text(source, encoding="utf-8")
            os.chmod(staging, 0o755)
            os.chmod(staging / SOLUTION_FILENAME, 0o644)
            with Sandbox(client, image, limits, submission_dir=str(staging),
                         max_answer_bytes=max_answer_bytes) as sandbox:
                _judge_in(sandbox, {"source_path": f"{SUBMISSION_MOUNT}/{SOLUTION_FILENAME}"}, judging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    if recording is not None:
        recording.join()  # nothing of this judging goes on after it returns (a first recording is then cached)
    report.elapsed_s = round(time.monotonic() - started, 3)
    return report


def complexity_applies(report: Report) -> bool:
    """Whether a verdict gets a complexity report: accepted, or too slow on a call after passing every case
    before it (the report then says how it grows; a time limit while loading says nothing about that)."""
    if report.accepted:
        return True
    return report.verdict is Verdict.TIME_LIMIT and (report.failing_case or report.counterexample) is not None


def measure_complexity(client, image: SandboxImage, problem: Problem, source: str, step, progress=None) -> dict:
    """The complexity report of a judged submission, measured in a fresh sandbox by ``step`` (what
    ``judge.complexity.complexity_step`` returns); the ``complexity`` object of ``submit --json``."""
    limits = Limits(memory_mb=problem.limits.memory_mb)
    with Sandbox(client, image, limits, max_answer_bytes=problem.limits.answer_mb << 20) as sandbox:
        loaded = LoadedSubmission(sandbox, problem).load(source=source)
        if not loaded.ok:
            return {"available": False, "reason": f"it did not load again ({loaded.message})"}
        return step(sandbox, progress)


def _sweep_staging(root: Path) -> None:
    """Remove staged copies left by judges that were killed (SIGKILL ends a judge before it cleans up)."""
    for path in root.glob(f"{STAGING_PREFIX}*-*"):
        owner = path.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if owner.isdigit() and not pid_alive(owner):
            shutil.rmtree(path, ignore_errors=True)


def _record_properties_in_background(problem: Problem, examples: int, database_dir: Path,
                                     cache_dir: Path | None) -> threading.Thread:
    """Load (or, the first time, record) the property examples while the sandbox starts and the hidden
    cases run; the caller joins the thread.

    Those phases mostly wait on the container, so recording (Hypothesis's import and engine, a good part
    of a second) overlaps them instead of adding to them.  Errors surface later, where they belong.
    """
    def record():
        try:
            recorded_examples(problem, examples, database_dir, cache_dir)
        except Exception:  # noqa: BLE001  (run_properties records again and reports the error)
            pass

    thread = threading.Thread(target=record, name="drill-judge-record-properties", daemon=True)
    thread.start()
    return thread


@dataclass
class _Judging:
    """One grading under way: the request, the report it fills in, its cases and property example count."""

    request: GradeRequest
    report: Report
    cases: list
    examples: int


def _judge_in(sandbox: Sandbox, load: dict, judging: _Judging) -> None:
    """Load the submission into a started sandbox, judge it, and check the sandbox's state afterwards."""
    report = judging.report
    run = LoadedSubmission(sandbox, judging.request.problem)
    _judge(run, load, judging)
    if report.accepted and sandbox.unread_output():
        report.verdict = Verdict.RUNTIME_ERROR
        report.message = "the sandbox wrote answers nobody asked for (fail closed)"
    elif report.accepted and sandbox.oom_killed():  # e.g. a child killed while the runner answered
        report.verdict = Verdict.MEMORY_LIMIT
        report.message = "a process in the sandbox was killed for using more memory than the limit"
    if not report.accepted:
        sandbox.drain()  # what the failing call wrote to stderr may still be in transit
        report.stderr_tail = sandbox.stderr_tail()[-2000:]
    report.max_case_s = round(run.slowest_s, 4)


def _judge(run: LoadedSubmission, load: dict, judging: _Judging) -> None:
    request, report = judging.request, judging.report
    examples_only, progress = request.examples_only, request.progress
    loaded = run.load(**load)
    if not loaded.ok:
        assert loaded.verdict is not None  # not ok: it has a verdict
        report.verdict, report.message, report.error = loaded.verdict, loaded.message, loaded.error
        if loaded.verdict is Verdict.RUNTIME_ERROR and not loaded.fatal:
            report.message = "while loading the file: " + loaded.message
        return
    passed, failure = run_cases(run, judging.cases, "example" if examples_only else "hidden", progress)
    report.passed = passed
    if failure:
        verdict, failing, result = failure
        report.verdict, report.failing_case, report.message = verdict, failing, failing.reason
        report.error = result.error
        return
    if examples_only or judging.examples <= 0 or request.database_dir is None:
        return
    outcome = run_properties(run, judging.examples, request.database_dir, progress,
                             budget_s=run.problem.property_budget_s, cache_dir=request.cache_dir)
    report.property_examples = outcome.examples_run
    if outcome.budget_spent:
        report.extra["property_budget_spent"] = True
    if outcome.verdict is not None:
        report.verdict, report.message, report.counterexample = outcome.verdict, outcome.message, outcome.counterexample
        report.error = outcome.result.error if outcome.result else None
