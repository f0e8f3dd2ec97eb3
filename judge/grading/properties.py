"""Property-based tests: Hypothesis on the host searches for an input where the submission and reference disagree.

Hypothesis generates arguments from the problem's strategy, the submission
answers in the sandbox, and the host compares.  A failure is shrunk to a
minimal counterexample.  The seed is fixed per problem, so the same file gets
the same verdict.

Generating is most of the cost (Hypothesis's engine and the reference, a few
ms an example), and with a fixed seed it gives the same examples for every
submission that passes them.  So the examples are *recorded* once per problem
version (inputs and the reference's answers, cached as JSON beside the
prepared hidden cases) and replayed through the sandbox; only when one fails
does Hypothesis run live, on the same seed, to find the failure again and
shrink it.  Shrunk counterexamples are kept per problem in the judge's data
dir (``replay/<slug>.json``, and Hypothesis's own example database), so later
submissions meet them first.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
import time
from collections.abc import Sequence
from contextlib import nullcontext, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from judge.errors import PackError
from judge.grading.calls import CallResult, LoadedSubmission, canonical, run_until_failure
from judge.grading.checkers import mismatch
from judge.grading.diffs import answer_diff
from judge.grading.prepared import PreparedCase, cache_key, read_cached, write_atomically, write_cached
from judge.grading.verdicts import FailingCase, Verdict
from judge.packs.model import Problem, show
from judge.sandbox import wire


@dataclass
class PropertyOutcome:
    examples_run: int
    verdict: Verdict | None = None  # None: no counterexample found
    message: str = ""
    counterexample: FailingCase | None = None
    result: CallResult | None = None
    budget_spent: bool = False  # stopped early at the time budget, no counterexample found
    args: Sequence | None = None  # the failing input, as plain data (a tuple when it came from an exception's args)


class _Counterexample(Exception):
    """Raised inside the property so that Hypothesis shrinks the input."""

    def __init__(self, verdict: Verdict, case: FailingCase, result: CallResult, args: list):
        super().__init__(case.reason)
        # BaseException.args: kept as a tuple, whatever is assigned
        self.verdict, self.case, self.result, self.args = verdict, case, result, tuple(args)


class _SandboxGone(BaseException):
    """The sandbox died (time, memory, output): stop at once; Hypothesis lets BaseException through unshrunk."""

    def __init__(self, case: FailingCase, result: CallResult, args: list):
        # BaseException.args: kept as a tuple, whatever is assigned
        self.case, self.result, self.args = case, result, tuple(args)


class _ReferenceFailed(BaseException):
    def __init__(self, exc: BaseException, args):
        self.exc, self.args_ = exc, args


MIN_EXAMPLES = 20  # the budget never cuts the run shorter than this
MAX_REPLAYED = 20  # counterexamples kept per problem for later submissions
_recorded: dict[tuple, list[PreparedCase]] = {}  # this process's recordings, by problem version
_recording = threading.Lock()


def keep_hypothesis_files_in(database_dir: Path) -> None:
    """Point Hypothesis's own files (unicode tables, constants) into the judge's data dir, not ./.hypothesis."""
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(database_dir / "_home")


def run_properties(run: LoadedSubmission, max_examples: int, database_dir: Path, progress=None,
                   budget_s: float | None = None, cache_dir: Path | None = None) -> PropertyOutcome:
    """The kept counterexamples, then up to ``max_examples`` recorded examples, stopping early (after at least
    MIN_EXAMPLES) once ``budget_s`` is spent; on a failure, Hypothesis runs live to shrink it.

    On an idle machine the budget is never reached, so the same file meets the same examples; on a busy
    one fewer run, and ``examples_run`` says how many.  ``cache_dir`` keeps the recording between runs.
    """
    problem = run.problem
    cases = kept_counterexamples(problem, database_dir) + recorded_examples(problem, max_examples, database_dir,
                                                                             cache_dir)
    found = _run_recorded(run, cases, progress, budget_s)
    if found.verdict is None or found.result is None or found.result.fatal:
        return found  # passed, or the sandbox is gone: nothing left to shrink with
    shrunk = _search(run, max_examples, database_dir, progress)
    if shrunk.verdict is None:  # the live search did not meet a failure again: report the one found
        return found
    if shrunk.args is not None:
        _keep_counterexample(problem, database_dir, shrunk.args)
    return shrunk


# -- recorded examples -------------------------------------------------------
def recorded_examples(problem: Problem, max_examples: int, database_dir: Path,
                      cache_dir: Path | None = None) -> list[PreparedCase]:
    """The examples Hypothesis generates for ``problem`` with its seed, and the reference's answers.

    Recorded once per problem version and example count: in this process's memory, and in ``cache_dir``
    (in the prepared hidden cases' format).  Thread-safe: the grader records in the background.
    """
    key = cache_key(problem, ("problem.toml", "reference.py", "strategy.py"),
                    f"{max_examples}:{_seed(problem)}:{_hypothesis_version()}")
    with _recording:
        memo_key = (str(problem.directory), key)
        if memo_key in _recorded:
            return _recorded[memo_key]
        path = cache_dir / f"{problem.slug}-properties-{key}.cases" if cache_dir else None
        cases = read_cached(path) if path is not None else None
        if cases is None:
            cases = _record(problem, max_examples, database_dir)
            if path is not None:
                write_cached(path, cases)
        _recorded[memo_key] = cases
        return cases


def _record(problem: Problem, max_examples: int, database_dir: Path) -> list[PreparedCase]:
    from hypothesis import given

    keep_hypothesis_files_in(database_dir)
    cases: list[PreparedCase] = []

    def prop(args):
        args = list(args)
        expected = _expected(problem, args)
        cases.append(PreparedCase.of(len(cases), (), args, expected))

    # Not redirected: sys.stdout is process-wide, and this may run beside the main thread's printing.
    _execute(problem, _configured(given(problem.strategy())(prop), problem, max_examples, database=None),
             quiet=False)
    return cases


def _run_recorded(run: LoadedSubmission, cases: list[PreparedCase], progress, budget_s) -> PropertyOutcome:
    started = time.monotonic()

    def spent(passed: int) -> bool:
        return budget_s is not None and passed >= MIN_EXAMPLES and time.monotonic() - started > budget_s

    outcome = run_until_failure(run, cases, "property tests", progress, stop=spent)
    if outcome.stopped:
        return PropertyOutcome(outcome.passed, budget_spent=True)
    if outcome.case is None:
        return PropertyOutcome(outcome.passed)
    case, result = outcome.case, outcome.result
    assert result is not None  # set with the case
    failing = _failing_case(run.problem, case.args(), case.expected, result, outcome.reason)
    return PropertyOutcome(outcome.passed + 1, result.verdict or Verdict.WRONG_ANSWER, outcome.reason, failing,
                           result, args=case.args())


# -- counterexamples kept for later submissions --------------------------------
def _kept_path(problem: Problem, database_dir: Path) -> Path:
    return database_dir / "replay" / f"{problem.slug}.json"


def kept_counterexamples(problem: Problem, database_dir: Path) -> list[PreparedCase]:
    """The shrunk counterexamples earlier submissions met, newest first, with the reference's answers now.

    Written by the host from inputs its own strategy generated; a damaged file is ignored."""
    try:
        rows = json.loads(_kept_path(problem, database_dir).read_text(encoding="utf-8"))
        inputs = [wire.decode(row) for row in rows if isinstance(row, list)]
    except (OSError, ValueError, wire.MalformedValue):
        return []
    kept: list[PreparedCase] = []
    for args in inputs[:MAX_REPLAYED]:
        try:
            kept.append(PreparedCase.of(-1 - len(kept), ("kept",), args, _expected(problem, args)))
        except _ReferenceFailed:  # the pack changed since: the input no longer fits it
            continue
    return kept


def _keep_counterexample(problem: Problem, database_dir: Path, args: Sequence) -> None:
    path = _kept_path(problem, database_dir)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        rows = rows if isinstance(rows, list) else []
    except (OSError, ValueError):
        rows = []
    encoded = wire.encode(list(args))
    rows = [encoded] + [row for row in rows if row != encoded][:MAX_REPLAYED - 1]
    write_atomically(path, json.dumps(rows, separators=(",", ":")))


# -- the live search -------------------------------------------------------------
def _search(run: LoadedSubmission, max_examples: int, database_dir: Path, progress=None) -> PropertyOutcome:
    """Hypothesis live against the sandbox, with the problem's seed and example database: find, shrink."""
    from hypothesis import given
    from hypothesis.database import DirectoryBasedExampleDatabase
    from hypothesis.errors import Flaky

    keep_hypothesis_files_in(database_dir)
    problem = run.problem
    count = 0

    def prop(args):
        nonlocal count
        count += 1
        if progress:
            progress("shrinking", count, count)
        args = list(args)
        expected = _expected(problem, args)
        result = run.call(args)
        if result.fatal:
            raise _SandboxGone(_failing_case(problem, args, expected, result, result.message), result, args)
        if not result.ok:
            raise _Counterexample(result.verdict, _failing_case(problem, args, expected, result, result.message),
                                  result, args)
        reason = mismatch(expected, result.value, problem.compare, problem.checker, args)
        if reason:
            raise _Counterexample(Verdict.WRONG_ANSWER, _failing_case(problem, args, expected, result, reason),
                                  result, args)

    database = DirectoryBasedExampleDatabase(str(database_dir / problem.slug))
    try:
        _execute(problem, _configured(given(problem.strategy())(prop), problem, max_examples, database))
    except _Counterexample as failure:
        return PropertyOutcome(count, failure.verdict, failure.case.reason, failure.case, failure.result,
                               args=failure.args)
    except _SandboxGone as gone:
        return PropertyOutcome(count, gone.result.verdict, gone.result.message, gone.case, gone.result,
                               args=gone.args)
    except Flaky as flaky:
        # The same input failed once and passed once: a nondeterministic submission fails closed.
        first = next((e for e in getattr(flaky, "exceptions", ()) if isinstance(e, _Counterexample)), None)
        message = "the submission answered the same input differently on two runs"
        if first is not None:
            return PropertyOutcome(count, first.verdict, message, first.case, first.result)
        return PropertyOutcome(count, Verdict.WRONG_ANSWER, message)
    return PropertyOutcome(count)


# -- shared ------------------------------------------------------------------------
def _seed(problem: Problem) -> int:
    return int.from_bytes(hashlib.sha256(problem.slug.encode()).digest()[:8], "big")


def _hypothesis_version() -> str:
    """The installed Hypothesis's dist-info name ("hypothesis-6.x.y.dist-info"), found without importing
    Hypothesis or importlib.metadata (the fast path has no room for either)."""
    from importlib.util import find_spec

    spec = find_spec("hypothesis")
    if spec is None or not spec.origin:
        return "unknown"
    found = sorted(path.name for path in Path(spec.origin).parent.parent.glob("hypothesis-*.dist-info"))
    return ",".join(found) or "unknown"


def _configured(test, problem: Problem, max_examples: int, database):
    """``test`` with the problem's seed and the judge's settings (the same for recording and searching)."""
    from hypothesis import HealthCheck, Verbosity, seed, settings

    # seed() resets the database to None, so settings() must wrap it, not the other way round.
    return settings(
        database=database,
        max_examples=max_examples,
        deadline=None,  # the sandbox enforces time; Hypothesis must not
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
        print_blob=False,
    )(seed(_seed(problem))(test))


def _execute(problem: Problem, test, quiet: bool = True) -> None:
    """Run a configured test; a broken strategy or reference is the pack's fault (PackError).

    ``quiet`` swallows what Hypothesis prints about a failure (not ours to print)."""
    from hypothesis.errors import Unsatisfiable

    try:
        with redirect_stdout(io.StringIO()) if quiet else nullcontext():
            test()
    except Unsatisfiable:
        raise PackError(f"{problem.directory / 'strategy.py'}: the strategy rejects almost every input",
                        "generate valid inputs directly instead of filtering them") from None
    except _ReferenceFailed as bad:
        raise PackError(f"{problem.reference_path}: the reference raised {type(bad.exc).__name__}: {bad.exc} "
                        f"on property input {problem.format_args(bad.args_)}",
                        "fix strategy.py or the reference") from None


def _expected(problem: Problem, args: list):
    try:
        return canonical(problem.expected_answer(args))
    except Exception as exc:  # noqa: BLE001
        raise _ReferenceFailed(exc, args) from None


def _failing_case(problem: Problem, args, expected, result: CallResult, reason: str) -> FailingCase:
    return FailingCase(source="property", index=None, tags=[], input=problem.format_args(args),
                       expected=show(expected),
                       got=None if result.value is None and not result.ok else show(result.value),
                       stdout=result.stdout, reason=reason,
                       diff=answer_diff(expected, result.value, problem.compare) if result.ok else None)
