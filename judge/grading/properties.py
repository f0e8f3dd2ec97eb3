"""Property-based tests: Hypothesis on the host searches for an input where the submission and reference disagree.

Hypothesis generates arguments from the problem's strategy, the submission
answers in the sandbox, and the host compares.  A failure is shrunk to a
minimal counterexample.  Counterexamples live in a per-problem example
database in the judge's data dir, so later submissions replay them first; the
seed is fixed per problem, so the same file gets the same verdict.
"""

from __future__ import annotations

import hashlib
import io
import time
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from judge.errors import PackError
from judge.grading.calls import CallResult, LoadedSubmission, canonical
from judge.grading.checkers import mismatch
from judge.grading.verdicts import FailingCase, Verdict
from judge.packs.model import show


@dataclass
class PropertyOutcome:
    examples_run: int
    verdict: Verdict | None = None  # None: no counterexample found
    message: str = ""
    counterexample: FailingCase | None = None
    result: CallResult | None = None
    budget_spent: bool = False  # stopped early at the time budget, no counterexample found


class _Counterexample(Exception):
    """Raised inside the property so that Hypothesis shrinks the input."""

    def __init__(self, verdict: Verdict, case: FailingCase, result: CallResult):
        super().__init__(case.reason)
        self.verdict, self.case, self.result = verdict, case, result


class _SandboxGone(BaseException):
    """The sandbox died (time, memory, output): stop at once; Hypothesis lets BaseException through unshrunk."""

    def __init__(self, case: FailingCase, result: CallResult):
        self.case, self.result = case, result


class _BudgetSpent(BaseException):
    """The property phase used its time budget without finding a counterexample: stop, passed."""


class _ReferenceFailed(BaseException):
    def __init__(self, exc: BaseException, args):
        self.exc, self.args_ = exc, args


MIN_EXAMPLES = 20  # the budget never cuts the run shorter than this


def keep_hypothesis_files_in(database_dir: Path) -> None:
    """Point Hypothesis's own files (unicode tables, constants) into the judge's data dir, not ./.hypothesis."""
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(database_dir / "_home")


def run_properties(run: LoadedSubmission, max_examples: int, database_dir: Path, progress=None,
                   budget_s: float | None = None) -> PropertyOutcome:
    """Up to ``max_examples`` examples, stopping early (after at least MIN_EXAMPLES) once ``budget_s`` is spent.

    On an idle machine the budget is never reached, so the same file meets the same examples; on a busy
    one fewer run, and ``examples_run`` says how many.
    """
    from hypothesis import HealthCheck, Verbosity, given, seed, settings
    from hypothesis.database import DirectoryBasedExampleDatabase
    from hypothesis.errors import Flaky, Unsatisfiable

    keep_hypothesis_files_in(database_dir)
    problem = run.problem
    count = 0
    started = time.monotonic()

    def case_for(args, expected, result: CallResult, reason: str) -> FailingCase:
        return FailingCase(source="property", index=None, tags=[], input=problem.format_args(args),
                           expected=show(expected), got=None if result.value is None and not result.ok else show(result.value),
                           stdout=result.stdout, reason=reason)

    def prop(args):
        nonlocal count
        if budget_s is not None and count >= MIN_EXAMPLES and time.monotonic() - started > budget_s:
            raise _BudgetSpent()
        count += 1
        if progress:
            progress("property tests", min(count, max_examples), max_examples)
        args = list(args)
        try:
            expected = canonical(problem.expected_answer(args))
        except Exception as exc:  # noqa: BLE001
            raise _ReferenceFailed(exc, args) from None
        result = run.call(args)
        if result.fatal:
            raise _SandboxGone(case_for(args, expected, result, result.message), result)
        if not result.ok:
            raise _Counterexample(result.verdict, case_for(args, expected, result, result.message), result)
        reason = mismatch(expected, result.value, problem.compare, problem.checker, args)
        if reason:
            raise _Counterexample(Verdict.WRONG_ANSWER, case_for(args, expected, result, reason), result)

    test = given(problem.strategy())(prop)
    # seed() resets the database to None, so settings() must wrap it, not the other way round.
    test = seed(int.from_bytes(hashlib.sha256(problem.slug.encode()).digest()[:8], "big"))(test)
    test = settings(
        database=DirectoryBasedExampleDatabase(str(database_dir / problem.slug)),
        max_examples=max_examples,
        deadline=None,  # the sandbox enforces time; Hypothesis must not
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
        print_blob=False,
    )(test)
    try:
        with redirect_stdout(io.StringIO()):  # Hypothesis's own reporting is not ours to print
            test()
    except _BudgetSpent:
        return PropertyOutcome(count, budget_spent=True)
    except _Counterexample as failure:
        return PropertyOutcome(count, failure.verdict, failure.case.reason, failure.case, failure.result)
    except _SandboxGone as gone:
        return PropertyOutcome(count, gone.result.verdict, gone.result.message, gone.case, gone.result)
    except Flaky as flaky:
        # The same input failed once and passed once: a nondeterministic submission fails closed.
        first = next((e for e in getattr(flaky, "exceptions", ()) if isinstance(e, _Counterexample)), None)
        message = "the submission answered the same input differently on two runs"
        if first is not None:
            return PropertyOutcome(count, first.verdict, message, first.case, first.result)
        return PropertyOutcome(count, Verdict.WRONG_ANSWER, message)
    except Unsatisfiable:
        raise PackError(f"{problem.directory / 'strategy.py'}: the strategy rejects almost every input",
                        "generate valid inputs directly instead of filtering them") from None
    except _ReferenceFailed as bad:
        raise PackError(f"{problem.reference_path}: the reference raised {type(bad.exc).__name__}: {bad.exc} "
                        f"on property input {problem.format_args(bad.args_)}",
                        "fix strategy.py or the reference") from None
    return PropertyOutcome(count)
