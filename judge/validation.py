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
from judge.grading.calls import canonical
from judge.grading.checkers import mismatch
from judge.grading.grader import GradeRequest, grade, read_source
from judge.packs.constraints import check_constraints
from judge.packs.hints import HINTS_FILE, MIN_HINTS, giveaways
from judge.packs.loader import load_pack, load_problem
from judge.packs.model import Problem
from judge.packs.mutants import mutants_of
from judge.sandbox.image import require_image
from judge.sandbox.reference import close_all
from judge.sandbox.runtimes import SandboxImage, load_runtime
from judge.tables import table

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
    mutation: MutationCheck | None = None

    @property
    def ok(self) -> bool:
        return (not self.errors and all(s.ok for s in self.submissions)
                and (self.mutation is None or self.mutation.ok))


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
                    check.errors.append(f"{where}[{case.index - 1}]: the reference disagrees with `expected` "
                                        f"({reason})")
    problem.strategy()  # imports strategy.py and builds the strategy: errors name the file
    if len(problem.hints) < MIN_HINTS:
        check.errors.append(f"{HINTS_FILE}: {len(problem.hints)} hint(s); at least {MIN_HINTS} are needed, "
                            "the first a nudge, the last close to the approach")
    shown = {"statement.md": f"{problem.title}\n{problem.statement}",  # what an interview workspace shows
             "cases.py": "\n".join(case.explanation or "" for case in problem.examples),
             "starter.py": problem.starter_path.read_text(encoding="utf-8")}
    for name, text in shown.items():
        for giveaway in giveaways(text, problem.patterns):
            check.errors.append(f"{name}: {giveaway}: an interview shows the problem only; move it to {HINTS_FILE}")
    check.errors += constraint_errors(problem)
    if not problem.submissions().get("accepted"):
        check.errors.append("no submissions/accepted/ solution")
    if not problem.submissions().get("wrong_answer"):
        check.warnings.append("no submissions/wrong_answer/ solution")


MAX_VIOLATIONS_SHOWN = 5  # per file: the first few cases out of the contract, then a count


def constraint_errors(problem: Problem) -> list[str]:
    """Every example, hidden case and property input checked against the declared ``[constraints]``.

    A problem that names a LeetCode id must declare them: the id promises LeetCode's contract. Each
    violation reads ``file: case N: param: what is wrong`` (N counts from 1).
    """

    if not problem.constraints:
        if problem.leetcode is not None:
            return [f"problem.toml: names leetcode = {problem.leetcode} but declares no [constraints]; declare "
                    "LeetCode's constraints (problems/README.md), or drop the id and write variant_of"]
        return []
    errors = []
    sources = (("cases.py: EXAMPLES case", [c.args for c in problem.examples]),
               ("cases.py: case", [c.args for c in problem.hidden_cases]),
               ("strategy.py: property input", strategy_inputs(problem)))
    for where, inputs in sources:
        broken = 0
        for number, args in enumerate(inputs, 1):
            found = check_constraints(problem, args)
            if not found:
                continue
            broken += 1
            if broken <= MAX_VIOLATIONS_SHOWN:
                shown = f" ({problem.format_args(args)})" if where.startswith("strategy") else ""
                errors.append(f"{where} {number}{shown}: {found[0]}"
                              + (f" (and {len(found) - 1} more)" if len(found) > 1 else ""))
        if broken > MAX_VIOLATIONS_SHOWN:
            errors.append(f"{where.split(':')[0]}: {broken - MAX_VIOLATIONS_SHOWN} more inputs break the constraints")
    return errors


def strategy_inputs(problem: Problem, count: int | None = None) -> list[list]:
    """The inputs strategy.py yields with the problem's property seed: the examples the property tests use."""
    import hashlib

    from hypothesis import HealthCheck, Verbosity, given, seed, settings
    from hypothesis.errors import Unsatisfiable

    drawn: list[list] = []
    seed_value = int.from_bytes(hashlib.sha256(problem.slug.encode()).digest()[:8], "big")  # as grading seeds it

    @settings(database=None, max_examples=count or max(problem.property_examples, 100), deadline=None,
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @seed(seed_value)
    @given(problem.strategy())
    def collect(args):
        drawn.append(list(args))

    try:
        collect()
    except Unsatisfiable:
        raise PackError(f"{problem.directory / 'strategy.py'}: the strategy rejects almost every input",
                        "generate valid inputs directly instead of filtering them") from None
    return drawn


def run_submissions(problem: Problem, check: ProblemCheck, client, image: SandboxImage, database_dir: Path,
                    cache_dir: Path | None = None, progress=None):

    for tag, paths in problem.submissions().items():
        for path in paths:
            if progress:
                progress(problem.slug, f"{path.parent.name}/{path.name}")
            report = grade(GradeRequest(client, image, problem, read_source(path), database_dir=database_dir,
                                        cache_dir=cache_dir))
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


def validate(path: Path, client=None, database_dir: Path | None = None, run: bool = True, mutants: bool = False,
             cache_dir: Path | None = None, progress=None) -> list[ProblemCheck]:
    """Check every problem under ``path``; with ``run``, grade its tagged submissions (in the image of
    its runtime); with ``mutants``, its mutants."""
    checks = []
    images: dict[str, SandboxImage] = {}
    for problem in problems_at(path):
        check = ProblemCheck(problem.slug)
        try:
            static_checks(problem, check)
        except PackError as exc:
            check.errors.append(exc.one_line())
        if run and not check.errors:
            assert client is not None and database_dir is not None  # run=True comes with an engine and a dir
            if problem.runtime not in images:
                images[problem.runtime] = require_image(client, load_runtime(problem.runtime))
            image = images[problem.runtime]
            try:
                run_submissions(problem, check, client, image, database_dir, cache_dir, progress)
                if mutants:
                    check.mutation = run_mutants(
                        problem, client, image, database_dir, cache_dir,
                        lambda slug, i, n, m: progress(slug, f"mutant {i}/{n} ({m.description})") if progress else None)
            finally:
                close_all()  # references run in containers end with their problem, not with the whole run
        checks.append(check)
    return checks


@dataclass
class MutationCheck:
    slug: str
    total: int = 0
    killed: int = 0
    equivalent: list[str] = field(default_factory=list)
    survivors: list[dict] = field(default_factory=list)  # {id, description, source}
    stale_equivalent: list[str] = field(default_factory=list)  # marked in problem.toml, no longer generated

    @property
    def counted(self) -> int:
        return self.total - len(self.equivalent)

    @property
    def score(self) -> float:
        return self.killed / self.counted if self.counted else 1.0

    @property
    def ok(self) -> bool:
        return self.score >= MUTATION_THRESHOLD


MUTATION_THRESHOLD = 0.95


def run_mutants(problem: Problem, client, image: SandboxImage, database_dir: Path, cache_dir: Path | None = None,
                progress=None) -> MutationCheck:
    """Grade every mutant of the reference with the hidden and property tests; each must be rejected."""

    check = MutationCheck(problem.slug)
    mutants = mutants_of(problem.reference_path.read_text(encoding="utf-8"))
    check.total = len(mutants)
    generated = {m.id for m in mutants}
    check.stale_equivalent = sorted(set(problem.equivalent_mutants) - generated)
    for i, mutant in enumerate(mutants):
        if mutant.id in problem.equivalent_mutants:
            check.equivalent.append(mutant.id)
            continue
        if progress:
            progress(problem.slug, i + 1, len(mutants), mutant)
        report = grade(GradeRequest(client, image, problem, mutant.source, database_dir=database_dir,
                                    cache_dir=cache_dir))
        if report.accepted:
            check.survivors.append({"id": mutant.id, "description": mutant.description})
        else:
            check.killed += 1
    return check


def mutation_markdown(checks: list[MutationCheck]) -> str:
    """The committed summary, problems/MUTATION.md."""
    rows = [(c.slug, c.total, len(c.equivalent), c.killed, len(c.survivors), f"{100 * c.score:.1f}%",
             ", ".join(s["id"] for s in c.survivors) or "-") for c in checks]
    total = sum(c.counted for c in checks)
    killed = sum(c.killed for c in checks)
    lines = [
        "# Mutation testing of the problem packs",
        "",
        "Made by `make mutants` (`judge pack validate problems --mutants --summary problems/MUTATION.md`).",
        "Each mutant is a one-change copy of a problem's reference solution (comparison and arithmetic",
        "operators, constants +-1, range boundaries, swapped branches, and/or, min/max); the hidden and",
        f"property tests must reject at least {MUTATION_THRESHOLD:.0%} of the mutants of every problem. Mutants",
        "shown equivalent to the reference are listed in problem.toml with a reason and not counted.",
        "",
        table(rows, ["problem", "mutants", "equivalent", "rejected", "survived", "score", "survivors"], "github"),
        "",
        f"Overall: {killed}/{total} counted mutants rejected ({100 * killed / total if total else 100:.1f}%); "
        f"{sum(c.ok for c in checks)}/{len(checks)} problems at or above {MUTATION_THRESHOLD:.0%}.",
        "",
    ]
    return "\n".join(lines)
