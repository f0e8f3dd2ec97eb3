"""Validating a pack: static checks, then every tagged submission through the real sandbox.

A problem is valid when its files load, it has enough tagged hidden cases, the
reference agrees with every hand-written answer, and each file under
``submissions/<verdict>/`` gets exactly that verdict.  The run also reports the
time-limit calibration the way Kattis problemtools does: the slowest call of
an accepted submission and the limit should be far apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import PackError
from judge.packs.loader import load_pack, load_problem
from judge.packs.model import Problem

MIN_HIDDEN_CASES = 25
CALIBRATION_MARGIN = 2.0  # the limit should be at least this many times the slowest accepted call


@dataclass
class SubmissionCheck:
    path: str
    expected: str
    got: str
    elapsed_s: float
    max_case_s: float
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.expected == self.got


@dataclass
class ProblemCheck:
    slug: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    submissions: list[SubmissionCheck] = field(default_factory=list)
    calibration: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors and all(s.ok for s in self.submissions)


def problems_at(path: Path) -> list[Problem]:
    """The problems under PATH: a pack directory, a problem directory, or the whole problems/ tree."""
    path = Path(path)
    if (path / "problem.toml").is_file():
        return [load_problem(path)]
    if (path / "pack.toml").is_file():
        return list(load_pack(path).problems)
    packs = sorted(p for p in path.iterdir() if (p / "pack.toml").is_file()) if path.is_dir() else []
    if not packs:
        raise PackError(f"{path}: neither a pack (pack.toml) nor a problem (problem.toml)",
                        "pass a directory under problems/")
    return [problem for pack in packs for problem in load_pack(pack).problems]


def static_checks(problem: Problem, check: ProblemCheck):
    from judge.grading.calls import canonical
    from judge.grading.checkers import mismatch

    hidden = problem.hidden_cases
    if len(hidden) < MIN_HIDDEN_CASES:
        check.errors.append(f"{len(hidden)} hidden cases; at least {MIN_HIDDEN_CASES} are needed")
    if not any("max-size" in case.tags for case in hidden):
        check.errors.append("no hidden case is tagged max-size")
    for where, cases in (("EXAMPLES", problem.examples), ("hidden_cases()", hidden)):
        for case in cases:
            try:
                answer = canonical(problem.expected_answer(case.args))
            except Exception as exc:  # noqa: BLE001
                check.errors.append(f"{where}[{case.index - 1}]: the reference raised {type(exc).__name__}: {exc}")
                continue
            if case.has_expected:
                reason = mismatch(canonical(case.expected), answer, problem.compare, problem.checker, case.args)
                if reason:
                    check.errors.append(f"{where}[{case.index - 1}]: the reference disagrees with `expected` ({reason})")
    problem.strategy()  # imports strategy.py and builds the strategy: errors name the file
    if not problem.submissions().get("accepted"):
        check.errors.append("no submissions/accepted/ solution")
    if not problem.submissions().get("wrong_answer"):
        check.warnings.append("no submissions/wrong_answer/ solution")


def run_submissions(problem: Problem, check: ProblemCheck, client, image: str, database_dir: Path, progress=None):
    from judge.grading.grader import grade, read_source

    for tag, paths in problem.submissions().items():
        for path in paths:
            if progress:
                progress(problem.slug, path)
            report = grade(client, image, problem, read_source(path), database_dir=database_dir)
            check.submissions.append(SubmissionCheck(
                path=str(path.relative_to(problem.directory)), expected=tag, got=report.verdict.value,
                elapsed_s=report.elapsed_s, max_case_s=report.max_case_s, message=report.message))
    accepted = [s.max_case_s for s in check.submissions if s.expected == "accepted" and s.ok]
    limit = problem.limits.time_s
    if accepted:
        slowest = max(accepted)
        check.calibration = {"time_limit_s": limit, "slowest_accepted_call_s": slowest,
                             "margin": round(limit / slowest, 1) if slowest else None}
        if slowest * CALIBRATION_MARGIN > limit:
            check.warnings.append(f"slowest accepted call {slowest:.3f} s is within {CALIBRATION_MARGIN}x of "
                                  f"the {limit:g} s limit: raise the limit or shrink the max-size cases")


def validate(path: Path, client=None, image: str | None = None, database_dir: Path | None = None,
             run: bool = True, progress=None) -> list[ProblemCheck]:
    checks = []
    for problem in problems_at(path):
        check = ProblemCheck(problem.slug)
        try:
            static_checks(problem, check)
        except PackError as exc:
            check.errors.append(exc.one_line())
        if run and not check.errors:
            run_submissions(problem, check, client, image, database_dir, progress)
        checks.append(check)
    return checks
