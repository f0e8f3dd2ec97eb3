"""What a loaded problem is: metadata plus lazy access to its code and data.

A ``Problem`` is built by ``judge.packs.loader`` from a problem directory (the
format is documented in problems/README.md).  Metadata is validated at load
time; the pack's Python files (cases, strategy, reference, checker) are trusted
code that runs on the host and is imported only when first needed, so listing
problems stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from judge.errors import PackError
from judge.packs.constraints import Constraints

VERDICT_TAGS = ("accepted", "wrong_answer", "time_limit", "memory_limit", "runtime_error", "compile_error",
                "output_limit")
COMPARE_MODES = ("exact", "unordered", "float", "checker", "tensor")
DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Entry:
    name: str
    aliases: tuple[str, ...]
    params: tuple[str, ...]
    signature: str
    kind: str = "function"  # or "design": a class driven by a LeetCode-style script; "module": an nn.Module;
    # "autograd": a torch.autograd.Function (judge/sandbox/submission.py run_module, run_autograd)
    returns_arg: int | None = None  # the answer is this argument, mutated in place

    @cached_property
    def literal_forms(self) -> tuple[tuple[str | None, ...], str | None]:
        """What a plain literal stands for, per parameter and for the answer, read from the signature's
        annotations: "tree" (level order), "linked_list" (its values), "ndarray" (nested lists), or None
        (the literal itself).  A signature that does not parse as a ``def`` converts nothing."""
        import ast

        try:
            function = ast.parse(self.signature.strip() + ": ...").body[0]
        except SyntaxError:
            return (), None
        if not isinstance(function, ast.FunctionDef):
            return (), None

        def form(annotation: ast.expr | None) -> str | None:
            text = ast.unparse(annotation) if annotation is not None else ""
            return next((name for marker, name in LITERAL_FORMS if marker in text), None)

        return tuple(form(a.annotation) for a in function.args.args), form(function.returns)


LITERAL_FORMS = (("TreeNode", "tree"), ("ListNode", "linked_list"), ("ndarray", "ndarray"))


def from_literal(value, form: str | None):
    """The value a literal written in a cases file stands for (``Entry.literal_forms``)."""
    from judge.sandbox import wire

    if value is None or form is None:
        return value
    if form == "tree" and isinstance(value, list):
        return wire.build_tree(value)
    if form == "linked_list" and isinstance(value, list):
        return wire.build_list(value)
    if form == "ndarray" and isinstance(value, (list, tuple, int, float)):
        import numpy as np

        return np.asarray(value)
    return value


@dataclass(frozen=True)
class PackLimits:
    """A problem's limits (problem.toml [limits]); the container's own are judge.sandbox.policy.Limits."""

    time_s: float = 1.0  # CPU time per call, read on the host from the container's cgroup (wall clock: 2x)
    memory_mb: int = 256
    answer_mb: int = 16


@dataclass(frozen=True)
class Relabel:
    """Where a tensor answer numbers clusters that may come in any order (problem.toml ``[compare] relabel``):
    item ``labels`` of the answer gives each point's cluster, and the first dimension of each item in ``rows``
    is indexed by cluster (centroids).  judge/grading/relabel.py decides."""

    labels: int
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class Compare:
    mode: str = "exact"
    rel_tol: float = 1e-6
    abs_tol: float = 1e-9
    dtype_defaults: bool = False  # tensors within torch.testing.assert_close's tolerances for their dtype
    relabel: Relabel | None = None  # tensor mode: clusters compared up to a renumbering


SMALL_LADDER_MAX = 32  # a size parameter this small (backtracking) is climbed a step at a time, not doubled
SMALL_MIN_STEPS = 6  # ... over at least this many steps


@dataclass(frozen=True)
class SizeParameter:
    """One size parameter of the complexity report (problem.toml ``[complexity.sizes.NAME]``).

    The sweep doubles ``name`` from ``min`` up to ``max`` (8 to 10 sizes) while
    every other parameter holds its ``fixed`` value (between ``floor`` and
    ``max``), and may extend below ``min`` down to ``floor`` when the budget
    stops growth early.  With ``step`` the ladder climbs by adding ``step``
    instead of doubling (exponential and factorial solutions, whose sizes stay
    small).  ``generator``
    names the function in generators.py that builds a worst-case input:
    ``generator(sizes: dict[str, int], rng: random.Random) -> list`` (the
    argument list).
    """

    name: str
    generator: str
    min: int
    max: int
    fixed: int
    floor: int = 1
    step: int = 0  # 0: the doubling ladder; else min, min + step, ... (backtracking's small exponential sizes)
    past_constraints: str = ""  # why no solution can depend on the [constraints] values its largest inputs pass


@dataclass(frozen=True)
class Case:
    """One test: arguments, tags naming the edge case it probes, and optionally a hand-checked answer."""

    index: int
    args: list
    tags: tuple[str, ...] = ()
    expected: Any = None
    has_expected: bool = False
    explanation: str = ""


@dataclass
class Problem:
    slug: str
    title: str
    pack: str
    patterns: tuple[str, ...]
    difficulty: str
    leetcode: int | None
    entry: Entry
    limits: PackLimits
    compare: Compare
    complexity: dict
    property_examples: int
    property_budget_s: float  # wall-clock cap on the property phase; examples past it are not run
    runtime: str  # the sandbox runtime it runs in: a directory under sandboxes/ (judge/sandbox/runtimes.py)
    vectorized: bool  # [complexity] vectorized: the report checks that Python-level work does not grow
    directory: Path
    no_sizes: str = ""  # [complexity] no_sizes: why the problem has no size parameters (validate requires one)
    equivalent_mutants: dict = field(default_factory=dict)  # mutant id -> why it equals the reference
    size_parameters: tuple[SizeParameter, ...] = ()  # empty: no complexity report
    constraints: Constraints = field(default_factory=Constraints)  # [constraints]: what a valid input is
    variant_of: int | None = None  # the LeetCode number this problem deliberately departs from
    hints: tuple[str, ...] = ()  # hints.md, in the order `judge hint` shows them (judge/packs/hints.py)
    forbidden: tuple[str, ...] = ()  # dotted names the submission may not call (refused at run time)

    # -- files -------------------------------------------------------------
    @property
    def statement(self) -> str:
        return (self.directory / "statement.md").read_text(encoding="utf-8")

    @property
    def starter_path(self) -> Path:
        return self.directory / "starter.py"

    @property
    def reference_path(self) -> Path:
        return self.directory / "reference.py"

    @cached_property
    def harness_source(self) -> str | None:
        """harness.py, when the problem has one: trusted code run beside the solution, whose ``build(args)``
        turns a case's data into the objects the entry receives (a model, an optimizer)."""
        path = self.directory / "harness.py"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    def submissions(self) -> dict[str, list[Path]]:
        """Tagged solutions, Kattis style: submissions/<verdict>/*.py."""
        root = self.directory / "submissions"
        return {tag: sorted((root / tag).glob("*.py")) for tag in VERDICT_TAGS if (root / tag).is_dir()}

    # -- trusted pack code, imported on first use --------------------------
    def _module(self, name: str, required: bool = True):
        path = self.directory / f"{name}.py"
        if not path.is_file():
            if required:
                raise PackError(f"{path}: file is missing", f"every problem needs {name}.py (see problems/README.md)")
            return None
        # Keyed by path, so two copies of a problem never share a module.
        digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]
        module_name = f"_drill_pack_{self.slug.replace('-', '_')}_{name}_{digest}"
        if module_name in sys.modules:
            return sys.modules[module_name]
        spec = importlib.util.spec_from_file_location(module_name, path)
        assert spec is not None and spec.loader is not None  # a .py path always has a source loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            del sys.modules[module_name]
            raise PackError(f"{path}: importing it failed ({type(exc).__name__}: {exc})", "fix the pack file") from exc
        return module

    @cached_property
    def examples(self) -> list[Case]:
        raw = getattr(self._module("cases"), "EXAMPLES", None)
        return self._cases(raw, "EXAMPLES", visible=True)

    @cached_property
    def hidden_cases(self) -> list[Case]:
        module = self._module("cases")
        if not callable(getattr(module, "hidden_cases", None)):
            raise PackError(f"{self.directory / 'cases.py'}: `hidden_cases()` is not defined",
                            "define hidden_cases() returning a list of case dicts")
        return self._cases(module.hidden_cases(), "hidden_cases()", visible=False)

    def _cases(self, raw, where: str, visible: bool) -> list[Case]:
        path = self.directory / "cases.py"
        if not isinstance(raw, list):
            raise PackError(f"{path}: {where} must be a list of dicts", "see problems/README.md")
        cases = []
        for i, item in enumerate(raw):
            if not isinstance(item, dict) or not isinstance(item.get("args"), (list, tuple)):
                raise PackError(f"{path}: {where} case {i + 1} needs an `args` list",  # numbered from 1, as submit
                                "write {'args': [...], 'tags': [...]}")
            tags = item.get("tags", [])
            tags = (tags,) if isinstance(tags, str) else tuple(tags)
            if not visible and not tags:
                raise PackError(f"{path}: {where} case {i + 1} has no `tags`",
                                "tag each hidden case with the edge case it probes")
            cases.append(Case(index=i + 1, args=list(item["args"]), tags=tags, expected=item.get("expected"),
                              has_expected="expected" in item, explanation=item.get("explanation", "")))
        return cases

    @cached_property
    def reference(self):
        """The reference entry, loaded with the same namespace and calling convention as submissions."""
        from judge.sandbox import submission, wire

        source = self.reference_path.read_text(encoding="utf-8")
        code = submission.compile_source(source, str(self.reference_path))
        namespace = submission.load_namespace(code, {"ListNode": wire.ListNode, "TreeNode": wire.TreeNode})
        try:
            return submission.resolve_entry(namespace, self.entry.name, self.entry.aliases, self.entry.kind)
        except submission.EntryNotFound as exc:
            raise PackError(f"{self.reference_path}: {exc}", "the reference must define the entry point") from None

    @cached_property
    def container_reference(self):
        """The reference in a trusted container of the problem's runtime (judge/sandbox/reference.py)."""
        from judge.sandbox.reference import ReferenceSource, reference_for
        from judge.sandbox.runtimes import load_runtime

        entry = self.entry
        return reference_for(load_runtime(self.runtime), ReferenceSource(
            self.reference_path.read_text(encoding="utf-8"), entry.name, entry.aliases, entry.kind, entry.returns_arg,
            self.harness_source))

    @cached_property
    def reference_on_host(self) -> bool:
        from judge.sandbox.runtimes import load_runtime

        return load_runtime(self.runtime).reference_on_host

    def expected_answer(self, args: list):
        """Run the reference on a fresh copy of ``args`` and return its answer.

        The copy is made by a wire round trip: the reference gets exactly what a submission gets, and
        deep trees and long lists are copied without recursion (``copy.deepcopy`` overflowed on them).
        A runtime whose references cannot run on the host runs them in a trusted container of its own.
        """
        from judge.sandbox import submission, wire

        if not self.reference_on_host:
            return self.container_reference.answer(args)

        fresh = wire.decode(wire.encode(list(args)), live=True)
        reference = self.reference
        if self.harness_source is not None:
            namespace: dict = {"__name__": "harness"}
            exec(compile(self.harness_source, str(self.directory / "harness.py"), "exec"), namespace)
            reference = submission.with_harness(reference, namespace["build"])
        return submission.invoke(reference, fresh, self.entry.kind, self.entry.returns_arg)

    def strategy(self):
        """The Hypothesis strategy for argument lists (strategy.py: ``arguments()``)."""
        module = self._module("strategy")
        if not callable(getattr(module, "arguments", None)):
            raise PackError(f"{self.directory / 'strategy.py'}: `arguments()` is not defined",
                            "define arguments() returning a Hypothesis strategy of argument lists")
        return module.arguments()

    def size_generator(self, parameter: SizeParameter):
        """generators.py's worst-case input builder for ``parameter`` (PackError when it is missing)."""
        module = self._module("generators")
        function = getattr(module, parameter.generator, None)
        if not callable(function):
            raise PackError(f"{self.directory / 'generators.py'}: `{parameter.generator}()` is not defined",
                            f"define it, or fix complexity.sizes.{parameter.name}.generator in problem.toml")
        return function

    @cached_property
    def constraints_check(self):
        """constraints.py's ``check(args) -> None | str``, present exactly when [constraints] has ``custom``."""
        if not self.constraints.custom:
            return None
        function = getattr(self._module("constraints"), "check", None)
        if not callable(function):
            raise PackError(f"{self.directory / 'constraints.py'}: `check(args)` is not defined",
                            "define check(args) returning None or a one-line reason")
        return function

    @cached_property
    def checker(self):
        """checker.py's ``check(args, expected, got) -> None | str``, or None when the problem has none."""
        module = self._module("checker", required=self.compare.mode == "checker")
        return getattr(module, "check", None) if module else None

    def format_args(self, args) -> str:
        names = self.entry.params if len(self.entry.params) == len(args) else [f"arg{i}" for i in range(len(args))]
        if self.entry.kind == "design":
            names = ("operations", "arguments")[: len(args)]
        elif self.entry.kind == "module":
            names = ("init", "state", "inputs", "grad_output", "train")[: len(args)]
        elif self.entry.kind == "autograd":
            names = ("inputs", "grad_output")[: len(args)]
        return ", ".join(f"{n} = {show(a)}" for n, a in zip(names, args))


def show(value, limit: int = 300) -> str:
    """A short, readable rendering of a value for the terminal."""
    from judge.sandbox import wire

    if type(value).__module__ == "numpy":
        import numpy as np

        text = np.array2string(value, threshold=40, precision=6) + f"  (shape {value.shape}, dtype {value.dtype})"
    elif isinstance(value, wire.TensorValue):
        import numpy as np

        text = (f"tensor of shape {list(value.shape)}, dtype {value.dtype}: "
                + np.array2string(value.array, threshold=40, precision=6))
    elif isinstance(value, (wire.ListNode, wire.TreeNode)):
        text = repr(wire.decode(wire.encode(value)))
    else:
        text = repr(value)
    if len(text) > limit:
        size = f", {len(value)} items" if hasattr(value, "__len__") else ""
        text = text[: limit - 20] + f" ... ({len(text)} chars{size})"
    return text
