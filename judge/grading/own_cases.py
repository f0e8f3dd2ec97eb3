"""A candidate's own test cases, written before the code: are their answers right, and which known bugs
do they catch?

The cases file is data: ``CASES = [((arg, ...), expected), ...]`` of Python literals, read with
``ast.literal_eval`` and never executed; a tree is written in level order, a linked list and an array
as lists, and built as the signature's annotation says.  Each case is checked on the host against the problem's
constraints and the reference's answer (a wrong expectation is a testing mistake an interviewer
notices).  The valid cases are then run, in the sandbox, against the known bugs of the problem: its
tagged ``wrong_answer`` and ``time_limit`` submissions and the reference's mutants (those not marked
equivalent).  A bug is caught when, on some case, its answer differs from the reference's or it fails
(error, time or memory limit).  For a bug no case catches, the tags of the first hidden case that does
catch it name the category of input the cases miss; its code is never shown.
"""

from __future__ import annotations

import ast
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from judge.errors import UsageError
from judge.grading.calls import LoadedSubmission, canonical, run_until_failure
from judge.grading.checkers import mismatch
from judge.grading.prepared import prepared_hidden_cases
from judge.packs.constraints import check_constraints
from judge.packs.model import Problem, from_literal, show
from judge.packs.mutants import mutants_of
from judge.sandbox.container import Sandbox
from judge.sandbox.policy import Limits
from judge.sandbox.runtimes import SandboxImage

MAX_CASES = 50
MAX_FILE_BYTES = 256 * 1024


@dataclass
class CaseCheck:
    index: int  # from 1, in the file's order
    input: str
    expected: str  # as the candidate wrote it
    right_answer: str | None = None  # the reference's, when the expectation is wrong (the caller may hide it)
    wrong: bool = False
    invalid: list[str] = field(default_factory=list)  # the constraints it breaks: not run

    def to_json(self) -> dict:
        return {"index": self.index, "input": self.input, "expected": self.expected, "wrong": self.wrong,
                "right_answer": self.right_answer, "invalid": self.invalid}


@dataclass
class CasesResult:
    problem: str
    cases: list[CaseCheck]
    tried: int  # known bugs run
    caught: int  # ... that some valid case caught
    missed: dict[str, int]  # category (hidden-case tag) -> bugs of it no case caught

    @property
    def wrong_expectations(self) -> int:
        return sum(c.wrong for c in self.cases)

    @property
    def test_strength(self) -> float | None:
        return round(self.caught / self.tried, 4) if self.tried else None

    def to_json(self) -> dict:
        return {"problem": self.problem, "cases": [c.to_json() for c in self.cases], "tried": self.tried,
                "caught": self.caught, "test_strength": self.test_strength,
                "wrong_expectations": self.wrong_expectations, "missed": self.missed}


def read_cases(path: Path) -> list[tuple[list, object]]:
    """The (args, expected) pairs of a cases file; UsageError naming the line of anything that is not data."""
    try:
        text = path.read_bytes()[:MAX_FILE_BYTES + 1].decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read it ({exc})", "save it as UTF-8 text") from None
    if len(text) > MAX_FILE_BYTES:
        raise UsageError(f"{path}: more than {MAX_FILE_BYTES // 1024} KB of cases", "keep a few small, telling cases")
    try:
        tree = ast.parse(text, str(path))
    except SyntaxError as exc:
        raise UsageError(f"{path}: line {exc.lineno}: {exc.msg}", "fix the syntax of CASES") from None
    found = [node for node in tree.body if isinstance(node, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == "CASES" for t in node.targets)]
    if not found:
        raise UsageError(f"{path}: no `CASES = [...]`", "write CASES = [((arguments...), expected), ...]")
    node = found[-1].value
    try:
        cases = ast.literal_eval(node)
    except ValueError:
        raise UsageError(f"{path}: line {node.lineno}: CASES holds something that is not a literal",
                         "use numbers, strings, None, True/False, lists, tuples, dicts and sets only") from None
    if not isinstance(cases, list) or not cases:
        raise UsageError(f"{path}: CASES is empty or not a list", "write CASES = [((arguments...), expected), ...]")
    if len(cases) > MAX_CASES:
        raise UsageError(f"{path}: {len(cases)} cases", f"keep at most {MAX_CASES}: a few telling ones")
    pairs = []
    for i, case in enumerate(cases, 1):
        if not (isinstance(case, tuple) and len(case) == 2 and isinstance(case[0], tuple)):
            raise UsageError(f"{path}: case {i} is not ((arguments...), expected)",
                             "write each case as a pair: a tuple of the arguments, then the answer")
        pairs.append((list(case[0]), case[1]))
    return pairs


def known_bugs(problem: Problem) -> list[str]:
    """The sources of the problem's known bugs: tagged wrong and too-slow submissions, then the mutants."""
    tagged = problem.submissions()
    sources = [path.read_text(encoding="utf-8")
               for tag in ("wrong_answer", "time_limit") for path in tagged.get(tag, [])]
    mutants = mutants_of(problem.reference_path.read_text(encoding="utf-8"))
    return sources + [m.source for m in mutants if m.id not in problem.equivalent_mutants]


def check_cases(client, image: SandboxImage, problem: Problem, pairs: list[tuple[list, object]],
                cache_dir: Path | None) -> CasesResult:
    checks, runnable = [], []
    arg_forms, answer_form = problem.entry.literal_forms
    for i, (literals, expected_literal) in enumerate(pairs, 1):
        # trees, linked lists and arrays are written as lists: build what the signature takes
        args = [from_literal(v, arg_forms[j] if j < len(arg_forms) else None) for j, v in enumerate(literals)]
        expected = from_literal(expected_literal, answer_form)
        check = CaseCheck(i, problem.format_args(args), show(expected))
        if len(args) != len(problem.entry.params):
            check.invalid = [f"{len(args)} argument(s), but the entry takes {len(problem.entry.params)}"]
        else:
            check.invalid = check_constraints(problem, args)
        if not check.invalid:
            answer = canonical(problem.expected_answer(args))
            if mismatch(canonical(expected), answer, problem.compare, problem.checker, args):
                check.wrong, check.right_answer = True, show(answer)
            runnable.append((args, answer))
        checks.append(check)
    bugs = known_bugs(problem)
    caught, missed = 0, Counter[str]()
    hidden = prepared_hidden_cases(problem, cache_dir) if runnable else []
    with _Reused(client, image, problem) as sandbox:
        for source in bugs if runnable else []:
            run = sandbox.loaded(source)
            if run is None or _catches(run, runnable, problem):
                caught += 1
                continue
            run = sandbox.loaded(source)  # a fresh load: the calls above may have left state behind
            failing = run_until_failure(run, hidden, "hidden").case if run is not None else None
            missed.update(failing.tags[:1] if failing is not None and failing.tags else ["other"])
    return CasesResult(problem.slug, checks, len(bugs) if runnable else 0, caught, dict(missed.most_common()))


class _Reused:
    """One container for all the bugs, loaded with each in turn; replaced when a bug kills it."""

    def __init__(self, client, image: SandboxImage, problem: Problem):
        self.client, self.image, self.problem = client, image, problem
        self.sandbox: Sandbox | None = None
        self.run: LoadedSubmission | None = None

    def loaded(self, source: str) -> LoadedSubmission | None:
        """The bug loaded and ready to call, or None when it does not load (a bug caught by loading)."""
        if self.sandbox is not None and self.sandbox.dead:
            self.close()
        if self.sandbox is None:
            limits = Limits(memory_mb=self.problem.limits.memory_mb)
            self.sandbox = Sandbox(self.client, self.image, limits,
                                   max_answer_bytes=self.problem.limits.answer_mb << 20).start()
        self.run = LoadedSubmission(self.sandbox, self.problem)
        return self.run if self.run.load(source=source).ok else None

    def close(self):
        if self.sandbox is not None:
            self.sandbox.close()
        self.sandbox = self.run = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _catches(run: LoadedSubmission, runnable: list, problem: Problem) -> bool:
    for args, answer in runnable:
        result = run.call(args)
        if not result.ok or mismatch(answer, canonical(result.value), problem.compare, problem.checker, args):
            return True
    return False
