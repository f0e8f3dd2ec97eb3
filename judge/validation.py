"""Validating a pack: static checks, then every tagged submission through the real sandbox.

A problem is valid when its files load, it has enough tagged hidden cases, the
reference agrees with every hand-written answer, and each file under
``submissions/<verdict>/`` gets exactly that verdict.  The run also reports the
time-limit calibration the way Kattis problemtools does: the slowest call of
an accepted submission and the limit should be far apart.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import PackError
from judge.grading.calls import canonical
from judge.grading.checkers import mismatch
from judge.grading.grader import GradeRequest, grade, read_source
from judge.packs.constraints import check_constraints
from judge.packs.hints import HINTS_FILE, MIN_HINTS, giveaways
from judge.packs.loader import load_pack_name, load_problem
from judge.packs.model import VERDICT_TAGS, Problem, SizeParameter, show
from judge.packs.mutants import mutants_of
from judge.sandbox import wire
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
    failing_case: str = ""  # when the verdict is not the tag: the case that decided it, and its error


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


def problems_at(path: Path) -> list[Problem | ProblemCheck]:
    """The problems under PATH (a pack directory, a problem directory, or the whole problems/ tree), each
    loaded, or a failed check naming why it did not load: one broken problem.toml fails its problem, not
    the whole run."""
    path = Path(path)
    if (path / "problem.toml").is_file():
        homes = [(path, path.parent)]
    else:
        packs = [path] if (path / "pack.toml").is_file() else \
            sorted(p for p in path.iterdir() if (p / "pack.toml").is_file()) if path.is_dir() else []
        if not packs:
            raise PackError(f"{path}: neither a pack (pack.toml) nor a problem (problem.toml)",
                            "pass a directory under problems/")
        homes = [(child, pack) for pack in packs for child in sorted(pack.iterdir())
                 if child.is_dir() and (child / "problem.toml").exists()]
    loaded: list[Problem | ProblemCheck] = []
    names: dict[Path, str] = {}
    for directory, pack in homes:
        try:
            if pack not in names and (pack / "pack.toml").is_file():
                names[pack] = load_pack_name(pack)
            loaded.append(load_problem(directory, pack=names.get(pack, "")))
        except PackError as exc:
            loaded.append(ProblemCheck(directory.name, errors=[exc.one_line()]))
    return loaded


def static_checks(problem: Problem, check: ProblemCheck):

    hidden = problem.hidden_cases
    if len(hidden) < MIN_HIDDEN_CASES:
        check.errors.append(f"{len(hidden)} hidden cases; at least {MIN_HIDDEN_CASES} are needed")
    tags = {tag for case in hidden for tag in case.tags}
    for tag in REQUIRED_TAGS:
        if tag not in tags:
            check.errors.append(f"cases.py: no hidden case is tagged {tag}; add one at the largest sizes "
                                "[constraints] allows (problems/README.md, cases.py)")
    # Numbered from 1, as `judge submit` names a failing case.
    for where, cases in (("cases.py: EXAMPLES case", problem.examples), ("cases.py: hidden case", hidden)):
        for case in cases:
            try:
                answer = canonical(problem.expected_answer(case.args))
            except Exception as exc:  # noqa: BLE001
                check.errors.append(f"{where} {case.index}: the reference raised {type(exc).__name__}: {exc}")
                continue
            if case.has_expected:
                reason = mismatch(canonical(case.expected), answer, problem.compare, problem.checker, case.args)
                if reason:
                    check.errors.append(f"{where} {case.index}: the reference disagrees with `expected` ({reason}): "
                                        f"expected {show(case.expected, 120)}, the reference returned "
                                        f"{show(answer, 120)}; fix `expected` or reference.py")
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
    check.errors += generator_errors(problem)
    check.errors += submission_folder_errors(problem)
    if not problem.size_parameters and not problem.no_sizes:
        check.errors.append("problem.toml: no [complexity.sizes], so accepted submissions get no complexity "
                            "report; declare size parameters and generators.py, or say why not in "
                            "`[complexity] no_sizes`")
    if not problem.submissions().get("accepted"):
        check.errors.append("no submissions/accepted/ solution")
    if not problem.submissions().get("wrong_answer"):
        check.warnings.append("no submissions/wrong_answer/ solution")


REQUIRED_TAGS = ("max-size",)  # hidden-case tags every problem needs (problems/README.md, cases.py)


def submission_folder_errors(problem: Problem) -> list[str]:
    """Folders under submissions/ must be verdicts: a `tle/` would otherwise be silently skipped."""
    root = problem.directory / "submissions"
    if not root.is_dir():
        return []
    return [f"submissions/{child.name}/: not a verdict folder; rename it to one of {', '.join(VERDICT_TAGS)}"
            for child in sorted(root.iterdir()) if child.is_dir() and child.name not in VERDICT_TAGS
            and not child.name.startswith((".", "__"))]


def generator_errors(problem: Problem) -> list[str]:
    """Every size parameter's generator called at its smallest (``floor``) and largest (``max``) size.

    Each call must return an argument list the wire can carry, the same one twice for the same seed, and
    within ``[constraints]`` as a sweep may be (``check_constraints(..., sweep=True)``: past the sizes,
    never past the values), and at the smallest size within constraints.py's rules too.  A parameter
    that says in ``past_constraints`` why no solution can depend on the values its largest inputs pass
    is checked at its smallest size only.
    """
    errors: list[str] = []
    for parameter in problem.size_parameters:
        try:
            generator = problem.size_generator(parameter)
        except PackError as exc:
            errors.append(exc.one_line())
            continue
        for size, smallest in ((parameter.floor, True), (parameter.max, False)):
            sizes = {p.name: (size if p.name == parameter.name else p.fixed) for p in problem.size_parameters}
            problem_at = _generated(problem, parameter, generator, sizes)
            if isinstance(problem_at, str):
                errors.append(problem_at)
                continue
            if not smallest and parameter.past_constraints:  # its largest inputs pass the values, on purpose
                continue
            found = check_constraints(problem, problem_at, sweep=True)
            if not found and smallest and problem.constraints_check is not None:
                found = [message for message in [_custom_check(problem, problem_at)] if message]
            if found:
                shown = ", ".join(f"{k}={v}" for k, v in sizes.items())
                errors.append(f"generators.py: `{parameter.generator}`({shown}) makes an input outside "
                              f"[constraints]: {found[0]}; fix the generator (a sweep may pass the sizes, not the "
                              f"values, unless complexity.sizes.{parameter.name}.past_constraints says why no "
                              "solution can depend on them)")
    return errors


def _custom_check(problem: Problem, args: list) -> str | None:
    try:
        return problem.constraints_check(list(args))
    except Exception as exc:  # noqa: BLE001  (an input too malformed for the custom check)
        return f"constraints.py's check(args) raised {type(exc).__name__}: {exc}"


def _generated(problem: Problem, parameter: SizeParameter, generator: Callable, sizes: dict) -> list | str:
    """The generator's argument list for ``sizes`` (made twice with one seed: it must not change), or an
    error line."""
    shown = ", ".join(f"{k}={v}" for k, v in sizes.items())
    where = f"generators.py: `{parameter.generator}`({shown})"
    made = []
    for _ in range(2):
        try:
            args = generator(dict(sizes), random.Random(f"{parameter.name}:{shown}"))  # seeded as a sweep seeds it
            made.append((list(args), json.dumps(wire.encode(list(args)), sort_keys=True)))
        except Exception as exc:  # noqa: BLE001  (pack code: say where)
            return f"{where} raised {type(exc).__name__}: {str(exc)[:160]}; fix the generator"
    (args, first), (_, second) = made
    if first != second:
        return (f"{where} made two different inputs from one seed; draw every random choice from its `rng` "
                "argument (no global random, time or set order)")
    if len(args) != len(problem.entry.params) and problem.entry.kind == "function":
        return (f"{where} returned {len(args)} arguments, but entry.params names {len(problem.entry.params)}; "
                "return the argument list")
    return args


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


@dataclass(frozen=True)
class SandboxRun:
    """Where tagged submissions and mutants run: the engine, the problem runtime's image, and the dirs."""

    client: object
    image: SandboxImage
    database_dir: Path  # Hypothesis' example database
    cache_dir: Path | None = None  # prepared hidden cases
    progress: Callable | None = None  # progress(slug, what)


def run_submissions(problem: Problem, check: ProblemCheck, run: SandboxRun):
    """Grade every tagged submission; one whose verdict is not its tag shows the case and the error."""

    for tag, paths in problem.submissions().items():
        for path in paths:
            if run.progress:
                run.progress(problem.slug, f"{path.parent.name}/{path.name}")
            report = grade(GradeRequest(run.client, run.image, problem, read_source(path),
                                        database_dir=run.database_dir, cache_dir=run.cache_dir))
            submission = SubmissionCheck(
                path=str(path.relative_to(problem.directory)), expected=tag, got=report.verdict.value,
                elapsed_s=report.elapsed_s, max_case_s=report.max_case_s, message=report.message)
            if not submission.ok:
                submission.failing_case = _decided_by(problem, report)
            check.submissions.append(submission)
    calibrate(problem, check)


def _decided_by(problem: Problem, report) -> str:
    """The case that decided a report's verdict and the error it raised, in one line."""
    case = report.failing_case or report.counterexample
    parts = []
    if case is not None:
        name = f"{case.source} case {case.index}" if case.index is not None else f"{case.source} case"
        tags = f" [{', '.join(case.tags)}]" if case.tags else ""
        parts.append(f"{name}{tags}: {case.input[:160]}")
        if case.got is not None and case.expected is not None:
            parts.append(f"expected {case.expected[:80]}, got {case.got[:80]}")
    if report.error:
        parts.append(f"{report.error.get('type', 'error')}: {str(report.error.get('message', ''))[:160]}")
    elif report.message:
        parts.append(report.message[:200])
    return "; ".join(parts)


def calibrate(problem: Problem, check: ProblemCheck):
    """The time-limit calibration, as Kattis problemtools prints it: the slowest accepted call and the
    fastest time_limit submission against the limit."""
    limit = problem.limits.time_s
    accepted = [s.max_case_s for s in check.submissions if s.expected == "accepted" and s.ok]
    too_slow = [s.max_case_s for s in check.submissions if s.expected == "time_limit" and s.ok]
    if not accepted and not too_slow:
        return
    check.calibration = {"time_limit_s": limit}
    if accepted:
        slowest = max(accepted)
        check.calibration.update(slowest_accepted_call_s=slowest, margin=round(limit / slowest, 1) if slowest else None)
        if slowest * CALIBRATION_MARGIN > limit:
            check.warnings.append(f"slowest accepted call {slowest:.3f} s is within {CALIBRATION_MARGIN}x of "
                                  f"the {limit:g} s limit: raise the limit or shrink the max-size cases")
    if too_slow:
        # A time_limit run stops at the limit, so its slowest call is about the limit: what it reached.
        check.calibration["fastest_time_limit_call_s"] = min(too_slow)


@dataclass(frozen=True)
class ValidateRequest:
    """What `judge pack validate` checks: the problems under ``path``; with ``run``, their tagged
    submissions through the sandbox (``client`` and ``database_dir`` then given); with ``mutants``, the
    reference's mutants too."""

    path: Path
    client: object = None
    database_dir: Path | None = None
    run: bool = True
    mutants: bool = False
    cache_dir: Path | None = None
    progress: Callable | None = None  # progress(slug, what)


def validate(request: ValidateRequest) -> list[ProblemCheck]:
    """Check every problem under ``request.path``; with ``run``, grade its tagged submissions (in the image
    of its runtime); with ``mutants``, its mutants."""
    checks = []
    images: dict[str, SandboxImage] = {}
    progress = request.progress
    for problem in problems_at(request.path):
        if isinstance(problem, ProblemCheck):  # it did not load
            checks.append(problem)
            continue
        check = ProblemCheck(problem.slug)
        try:
            static_checks(problem, check)
        except PackError as exc:
            check.errors.append(exc.one_line())
        if request.run and not check.errors:
            assert request.client is not None and request.database_dir is not None  # run=True comes with both
            if problem.runtime not in images:
                images[problem.runtime] = require_image(request.client, load_runtime(problem.runtime))
            run = SandboxRun(request.client, images[problem.runtime], request.database_dir, request.cache_dir,
                             progress)
            try:
                run_submissions(problem, check, run)
                if request.mutants:
                    check.mutation = run_mutants(problem, run)
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


def run_mutants(problem: Problem, run: SandboxRun) -> MutationCheck:
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
        if run.progress:
            run.progress(problem.slug, f"mutant {i + 1}/{len(mutants)} ({mutant.description})")
        report = grade(GradeRequest(run.client, run.image, problem, mutant.source, database_dir=run.database_dir,
                                    cache_dir=run.cache_dir))
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
