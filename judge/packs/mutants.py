"""Mutation testing of a problem's tests: small mutants of the reference must be rejected.

A pack's tests are strong when they reject code that is *almost* the
reference.  ``mutants_of`` makes one-change mutants of ``reference.py``:

* comparison operators (``<`` and ``<=``, ``>`` and ``>=``, ``==`` and ``!=``);
* arithmetic operators (``+`` and ``-``, ``*`` to ``+``, ``//`` to ``*``, ...);
* integer constants plus or minus 1, and ``True``/``False`` flipped;
* boundaries: the end of ``range(...)`` plus or minus 1;
* swapped branches (``if``/``else`` bodies exchanged, conditions negated),
  ``and``/``or`` exchanged, ``min``/``max`` exchanged.

Each mutant has a stable id (``line:col:kind``) so that one shown to be
equivalent to the reference can be listed in ``problem.toml`` under
``[mutants] equivalent = [...]`` with a reason, and is then not counted.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_COMPARE_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
                  ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
_ARITH_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Add, ast.FloorDiv: ast.Mult, ast.Div: ast.Mult,
                ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult, ast.LShift: ast.RShift, ast.RShift: ast.LShift,
                ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd, ast.BitXor: ast.BitOr}
_SYMBOLS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is",
            ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.Add: "+", ast.Sub: "-", ast.Mult: "*",
            ast.FloorDiv: "//", ast.Div: "/", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>",
            ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}


@dataclass(frozen=True)
class Mutant:
    id: str  # "line:col:kind", stable while the reference does not change
    line: int
    description: str
    source: str


def _sites(tree: ast.AST) -> Iterator[tuple[ast.AST, str, str, Any]]:  # Any: apply(node), a lambda each
    """Yield (node, kind, description, apply) for every mutation site; apply(node) mutates a copy in place."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                cmp_swap = _COMPARE_SWAPS.get(type(op))
                if cmp_swap:
                    yield node, f"cmp{i}", f"`{_SYMBOLS[type(op)]}` -> `{_SYMBOLS[cmp_swap]}`", \
                        lambda n, i=i, swap=cmp_swap: n.ops.__setitem__(i, swap())
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            op_swap = _ARITH_SWAPS.get(type(node.op))
            if op_swap:
                yield node, "arith", f"`{_SYMBOLS[type(node.op)]}` -> `{_SYMBOLS[op_swap]}`", \
                    lambda n, swap=op_swap: setattr(n, "op", swap())
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            for delta in (1, -1):
                yield node, f"const{delta:+d}", f"`{node.value}` -> `{node.value + delta}`", \
                    lambda n, delta=delta: setattr(n, "value", n.value + delta)
        elif isinstance(node, ast.Constant) and type(node.value) is bool:
            yield node, "bool", f"`{node.value}` -> `{not node.value}`", lambda n: setattr(n, "value", not n.value)
        elif isinstance(node, ast.BoolOp):
            bool_other = ast.Or if isinstance(node.op, ast.And) else ast.And
            yield node, "boolop", f"`{type(node.op).__name__.lower()}` -> `{bool_other.__name__.lower()}`", \
                lambda n, other=bool_other: setattr(n, "op", other())
        elif isinstance(node, ast.If):
            yield node, "negate", "condition negated", \
                lambda n: setattr(n, "test", ast.UnaryOp(op=ast.Not(), operand=n.test))
            if node.orelse:
                yield node, "swap", "if/else branches swapped", _swap_branches
        elif isinstance(node, ast.IfExp):
            yield node, "swap", "conditional expression branches swapped", _swap_ifexp
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("min", "max"):
                other = "max" if node.func.id == "min" else "min"
                yield node, "minmax", f"`{node.func.id}` -> `{other}`", \
                    lambda n, other=other: setattr(n.func, "id", other)
            elif node.func.id == "range" and node.args:
                end = 0 if len(node.args) == 1 else 1
                if isinstance(node.args[end], ast.Constant):
                    continue  # constants already get their own +-1 mutants
                for delta in (1, -1):
                    yield node, f"range{delta:+d}", f"range end {delta:+d}", \
                        lambda n, end=end, delta=delta: n.args.__setitem__(
                            end, ast.BinOp(left=n.args[end], op=ast.Add(), right=ast.Constant(delta)))


def _swap_branches(node: ast.If):
    node.body, node.orelse = node.orelse, node.body


def _swap_ifexp(node: ast.IfExp):
    node.body, node.orelse = node.orelse, node.body


def mutants_of(source: str) -> list[Mutant]:
    """Every one-change mutant of ``source`` that still compiles and differs from it."""
    tree = ast.parse(source)
    original = ast.unparse(tree)
    found: list[Mutant] = []
    seen: set[str] = set()
    sites = list(_sites(tree))
    for index, (node, kind, description, apply) in enumerate(sites):
        mutated_tree = copy.deepcopy(tree)
        target = list(_sites(mutated_tree))[index][0]  # the same site in the copy (walk order is deterministic)
        apply(target)
        ast.fix_missing_locations(mutated_tree)
        try:
            mutated = ast.unparse(mutated_tree)
            compile(mutated, "mutant.py", "exec")
        except (SyntaxError, ValueError):
            continue
        if mutated == original or mutated in seen:
            continue
        seen.add(mutated)
        line = getattr(node, "lineno", 0)
        found.append(Mutant(f"{line}:{getattr(node, 'col_offset', 0)}:{kind}", line, f"line {line}: {description}",
                            mutated))
    return found
