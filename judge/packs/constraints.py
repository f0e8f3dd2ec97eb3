"""Input constraints: problem.toml's ``[constraints]`` table, read at load time and checked on inputs.

A problem declares what a valid input is, per parameter, with a small closed set of named checks
(problems/README.md, "[constraints]"): ``int``, ``len``, ``chars``, ``one_of``, ``each``, ``items``,
``distinct``, ``differ``, ``sorted``, ``same_len``, ``total_len``, ``depth``.  Bounds are integers or
short expressions over the parameters (``"num_courses - 1"``, ``"min(50, len(nums))"``).  What the
checks cannot say (an answer exists and is unique, the edges form a tree, a design script's call
rules) goes in the problem's optional ``constraints.py``: ``check(args) -> str | None``, described in
one line by ``custom``.

``check_constraints(problem, args)`` is the one entry point: the pack validator calls it on every
hidden case, example and property input, and anything that takes inputs from elsewhere can call it too.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

CHECKS = ("int", "len", "chars", "one_of", "each", "items", "distinct", "differ", "sorted", "same_len",
          "total_len", "depth")
ORDERS = {"increasing": lambda a, b: a < b, "non-decreasing": lambda a, b: a <= b,
          "decreasing": lambda a, b: a > b, "non-increasing": lambda a, b: a >= b}
RESERVED = ("custom",)  # [constraints] keys that are not parameters
_FUNCTIONS: dict[str, Callable[..., Any]] = {"len": len, "min": min, "max": max}
_OPERATORS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
              ast.FloorDiv: lambda a, b: a // b, ast.Pow: lambda a, b: a ** b}


@dataclass(frozen=True)
class Bound:
    """An integer bound: a constant, or an expression over the problem's parameters."""

    text: str
    tree: ast.AST | None = None  # None: the constant in ``value``
    value: int = 0

    def __call__(self, named: dict) -> int:
        return self.value if self.tree is None else _evaluate(self.tree, named)

    def show(self, named: dict) -> str:
        return self.text if self.tree is None else f"{self.text} = {self(named)}"


@dataclass(frozen=True)
class Constraints:
    """The parsed ``[constraints]`` table: a spec (check name -> argument) per parameter, and ``custom``."""

    params: dict = field(default_factory=dict)
    custom: str = ""  # what constraints.py's check(args) enforces; empty: there is no constraints.py

    def __bool__(self) -> bool:
        return bool(self.params or self.custom)


# -- reading problem.toml ----------------------------------------------------------
def parse_constraints(fields, params: tuple[str, ...]) -> Constraints:
    """Read ``[constraints]`` through the loader's ``_Fields`` (so every mistake names `constraints.X`)."""
    table = fields.table
    custom = fields.get("custom", str, "", lambda s: bool(s.strip()), "must say in one line what constraints.py checks")
    specs = {}
    for name in table:
        if name in RESERVED:
            continue
        if name not in params:
            fields.fail(name, f"is not a parameter (entry.params: {', '.join(params) or 'none'})")
        specs[name] = _sub_spec(fields, name, params)
    return Constraints(specs, custom)


def _sub_spec(fields, key: str, params) -> dict:
    if not (isinstance(fields.table[key], dict) and fields.table[key]):
        fields.fail(key, f"must be a table of checks ({', '.join(CHECKS)}), such as {{ int = [1, 100] }}")
    return _spec(fields.sub(key), params)


def _spec(fields, params) -> dict:
    spec: dict[str, Any] = {}
    for check, value in fields.table.items():
        if check not in CHECKS:
            fields.fail(check, f"is not a check (the checks: {', '.join(CHECKS)})")
        if check in ("int", "len", "total_len", "depth"):
            if not (isinstance(value, list) and len(value) == 2):
                fields.fail(check, "must be [low, high]: integers or expressions such as \"len(nums) - 1\"")
            spec[check] = tuple(_bound(fields, check, v, params) for v in value)
        elif check == "each":
            spec[check] = _sub_spec(fields, check, params)
        elif check == "items":
            if not (isinstance(value, list) and value and all(isinstance(v, dict) and v for v in value)):
                fields.fail(check, "must be a list of check tables, one per position: [{ int = [1, 9] }, ...]")
            spec[check] = tuple(_spec(type(fields)(fields.path, v, f"{fields.prefix}items[{i}]."), params)
                                for i, v in enumerate(value))
        elif check == "chars":
            try:
                spec[check] = re.compile(f"[{value}]*") if isinstance(value, str) and value else None
            except re.error:
                spec[check] = None
            if spec[check] is None:
                fields.fail(check, 'must be the inside of a character class, such as "a-z" or " -~"')
        elif check == "one_of":
            if not (isinstance(value, list) and value):
                fields.fail(check, "must be a non-empty list of the allowed values")
            spec[check] = tuple(value)
        elif check == "distinct":
            good = value is True or value == "unordered" or (
                isinstance(value, list) and value and all(type(v) is int and v >= 0 for v in value))
            if not good:
                fields.fail(check, 'must be true, "unordered" (items compared in any order) '
                                   'or a list of positions [0, 1]')
            spec[check] = tuple(value) if isinstance(value, list) else value
        elif check == "differ":
            if not (isinstance(value, list) and len(value) >= 2 and all(type(v) is int and v >= 0 for v in value)):
                fields.fail(check, "must be a list of two or more positions, such as [0, 1] for a != b")
            spec[check] = tuple(value)
        elif check == "sorted":
            if value not in ORDERS:
                fields.fail(check, f"must be one of {', '.join(ORDERS)}")
            spec[check] = value
        elif check == "same_len":
            if value is not True:
                fields.fail(check, "must be true (every item has the same length)")
            spec[check] = True
    return spec


def _bound(fields, check: str, value, params) -> Bound:
    if type(value) is int:
        return Bound(str(value), None, value)
    if not isinstance(value, str):
        fields.fail(check, f"must hold integers or expressions, not {type(value).__name__}")
    try:
        tree = ast.parse(value, mode="eval").body
    except SyntaxError:
        fields.fail(check, f"has {value!r}, which is not an expression")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in params and node.id not in _FUNCTIONS:
            fields.fail(check, f"has {value!r}: `{node.id}` is not a parameter")
        if not isinstance(node, (ast.BinOp, ast.UnaryOp, ast.USub, ast.Constant, ast.Name, ast.Load, ast.Call,
                                 ast.Subscript, *_OPERATORS)):
            fields.fail(check, f"has {value!r}: only + - * // **, len(), min(), max(), x[i], "
                               "integers and parameter names are allowed")
        if isinstance(node, ast.Constant) and type(node.value) is not int:
            fields.fail(check, f"has {value!r}: constants must be integers")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS
                                               and not node.keywords):
            fields.fail(check, f"has {value!r}: the only functions are len, min and max")
    return Bound(value, tree)


def _evaluate(node, named: dict):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return named[node.id]
    if isinstance(node, ast.UnaryOp):
        return -_evaluate(node.operand, named)
    if isinstance(node, ast.BinOp):
        return _OPERATORS[type(node.op)](_evaluate(node.left, named), _evaluate(node.right, named))
    if isinstance(node, ast.Subscript):
        return _evaluate(node.value, named)[_evaluate(node.slice, named)]
    call = cast(ast.Call, node)  # _bound admitted only these node kinds, and calls of named functions
    return _FUNCTIONS[cast(ast.Name, call.func).id](*(_evaluate(arg, named) for arg in call.args))


# -- checking an input -------------------------------------------------------------
class _Broken(Exception):
    """One violation: the path of the value at fault and what is wrong with it."""

    def __init__(self, path: str, what: str):
        super().__init__(f"{path}: {what}")


def check_constraints(problem, args, sweep: bool = False) -> list[str]:
    """Every way ``args`` breaks ``problem``'s declared constraints, one line each ("param: what is wrong").

    The first violation of each parameter is reported, then what constraints.py's ``check(args)`` says.
    An empty list: the input is within the contract (or the problem declares none).  A ``sweep`` input
    (a complexity generator's) may go past the statement's sizes, never past its values
    (problems/README.md): the upper bounds of ``len``, ``total_len`` and ``depth`` and of a top-level
    ``int`` parameter (a count such as n) are not checked, nor is constraints.py, whose rules are often
    about sizes.
    """
    constraints = problem.constraints
    if not constraints:
        return []
    params = problem.entry.params
    if len(args) != len(params):
        return [f"{len(args)} arguments, but entry.params names {len(params)}"]
    named = dict(zip(params, args))
    found = []
    for name, spec in constraints.params.items():
        try:
            _check(spec, named[name], name, _Named(named, sweep))
        except _Broken as broken:
            found.append(str(broken))
        except Exception as exc:  # noqa: BLE001 - a bound that cannot be evaluated on this input
            found.append(f"{name}: the constraints cannot be evaluated ({type(exc).__name__}: {exc})")
    if constraints.custom and not sweep:
        check = problem.constraints_check
        if check is not None:
            try:
                message = check(list(args))
            except Exception as exc:  # noqa: BLE001 - an input too malformed for the custom check
                message = f"constraints.py's check(args) raised {type(exc).__name__}: {exc}"
            if message:
                found.append(str(message))
    return found


def _is_tree(value) -> bool:
    return hasattr(value, "left") and hasattr(value, "right") and hasattr(value, "val")


def _nodes(value) -> list:
    """A linked list's or tree's nodes (level order for a tree), without recursion; [] for None."""
    if value is None:
        return []
    nodes, seen = [value], {id(value)}
    for node in nodes:
        children = (node.left, node.right) if _is_tree(node) else (getattr(node, "next", None),)
        for child in children:
            if child is not None and id(child) not in seen:
                seen.add(id(child))
                nodes.append(child)
    return nodes


def _depth(root) -> int:
    depth, level = 0, [root] if root is not None else []
    while level:
        depth += 1
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return depth


def _length(value, path: str) -> int:
    if isinstance(value, (list, tuple, str)):
        return len(value)
    if value is None or _is_tree(value) or hasattr(value, "next"):
        return len(_nodes(value))
    raise _Broken(path, f"{_short(value)} has no length (a list, string, tree or linked list was expected)")


def _short(value, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + " ...]"


def _bounds(pair) -> tuple[Bound, Bound]:
    low, high = pair
    return low, high


class _Named(dict):
    """The parameters by name, which bounds are evaluated over, and whether the input is a sweep's."""

    def __init__(self, named: dict, sweep: bool):
        super().__init__(named)
        self.sweep = sweep


def _range(bounds, value: int, path: str, named: dict, what: str, size: bool = False):
    """``value`` within the pair ``bounds``; a ``size`` (a length, or a top-level count) unbounded above in a sweep."""
    low, high = _bounds(bounds)
    if value < low(named):
        raise _Broken(path, f"{what}{value} is below {low.show(named)}")
    if size and isinstance(named, _Named) and named.sweep:
        return
    if value > high(named):
        raise _Broken(path, f"{what}{value} is above {high.show(named)}")


def _sequence(value, path: str, check: str):
    if isinstance(value, (list, tuple)):
        return value
    raise _Broken(path, f"{_short(value)} is not a list (`{check}` needs one)")


def _check(spec: dict, value, path: str, named: dict) -> None:
    if "int" in spec:
        if type(value) is not int:
            raise _Broken(path, f"{_short(value)} is not an int")
        _range(spec["int"], value, path, named, "", size=path in named)  # top level: a count
    if "one_of" in spec and not any(type(v) is type(value) and v == value for v in spec["one_of"]):
        raise _Broken(path, f"{_short(value)} is not one of {list(spec['one_of'])}")  # 1 is not True
    if "len" in spec:
        _range(spec["len"], _length(value, path), path, named, "length ", size=True)
    if "chars" in spec:
        if not isinstance(value, str):
            raise _Broken(path, f"{_short(value)} is not a string")
        if not spec["chars"].fullmatch(value):
            at = next(i for i, c in enumerate(value) if not spec["chars"].fullmatch(c))
            raise _Broken(path, f"character {value[at]!r} at {at} is not in [{spec['chars'].pattern[1:-2]}]")
    if "depth" in spec:
        if value is not None and not _is_tree(value):
            raise _Broken(path, f"{_short(value)} is not a tree")
        _range(spec["depth"], _depth(value), path, named, "depth ", size=True)
    if "items" in spec:
        items = _sequence(value, path, "items")
        if len(items) != len(spec["items"]):
            raise _Broken(path, f"{_short(value)} has {len(items)} items, not {len(spec['items'])}")
        for i, (item, item_spec) in enumerate(zip(items, spec["items"])):
            _check(item_spec, item, f"{path}[{i}]", named)
    if "each" in spec:
        if value is None or _is_tree(value) or hasattr(value, "next"):
            for k, node in enumerate(_nodes(value)):
                _check(spec["each"], node.val, f"{path} node {k}", named)
        else:
            for i, item in enumerate(_sequence(value, path, "each")):
                _check(spec["each"], item, f"{path}[{i}]", named)
    if "same_len" in spec:
        items = _sequence(value, path, "same_len")
        lengths = [_length(item, f"{path}[{i}]") for i, item in enumerate(items)]
        for i, n in enumerate(lengths):
            if n != lengths[0]:
                raise _Broken(path, f"item {i} has length {n}, item 0 has {lengths[0]} (all must be equal)")
    if "total_len" in spec:
        items = _sequence(value, path, "total_len")
        total = sum(_length(item, f"{path}[{i}]") for i, item in enumerate(items))
        _range(spec["total_len"], total, path, named, "total length ", size=True)
    if "differ" in spec:
        items = _sequence(value, path, "differ")
        positions = spec["differ"]
        if max(positions) >= len(items):
            raise _Broken(path, f"{_short(value)} has no item {max(positions)}")
        picked = [items[p] for p in positions]
        for a in range(len(picked)):
            for b in range(a + 1, len(picked)):
                if picked[a] == picked[b]:
                    raise _Broken(path, f"items {positions[a]} and {positions[b]} are both {_short(picked[a])} "
                                        "(they must differ)")
    if "distinct" in spec:
        _distinct(_sequence(value, path, "distinct"), spec["distinct"], path)
    if "sorted" in spec:
        items = _sequence(value, path, "sorted")
        ordered = ORDERS[spec["sorted"]]
        for i in range(len(items) - 1):
            if not ordered(items[i], items[i + 1]):
                raise _Broken(path, f"items {i} and {i + 1} ({_short(items[i])}, {_short(items[i + 1])}) "
                                    f"break the order (must be {spec['sorted']})")


def _key(item, how):
    if how is True:
        return _hashable(item)
    if how == "unordered":
        return tuple(sorted(_hashable(part) for part in item))
    return tuple(_hashable(item[p]) for p in how)


def _hashable(value):
    return tuple(_hashable(v) for v in value) if isinstance(value, (list, tuple)) else value


def _distinct(items, how, path: str) -> None:
    seen: dict[object, int] = {}
    for i, item in enumerate(items):
        key = _key(item, how)
        if key in seen:
            what = {True: "are equal", "unordered": "are equal as unordered pairs"}.get(
                how, f"agree at positions {list(how) if not isinstance(how, (bool, str)) else how}")
            raise _Broken(path, f"items {seen[key]} and {i} {what} ({_short(items[seen[key]])}, {_short(item)}); "
                                "they must be distinct")
        seen[key] = i


# -- helpers for constraints.py ------------------------------------------------------
def script_calls(args, arity: dict) -> tuple[list, str | None]:
    """A design problem's ``[operations, arguments]`` as ``(name, call_args)`` pairs, checked for shape.

    ``arity`` maps each allowed name to its argument count; its first key is the constructor, which must
    come first and only there.  Returns ``(calls, None)``, or ``([], "param: what is wrong")``.
    """
    operations, arguments = args
    constructor = next(iter(arity))
    if not operations or operations[0] != constructor:
        return [], f"operations: the script must start with {constructor}"
    if len(arguments) != len(operations):
        return [], f"arguments: {len(arguments)} argument lists for {len(operations)} operations"
    calls = []
    for i, (name, call) in enumerate(zip(operations, arguments)):
        if name not in arity or (name == constructor) != (i == 0):
            return [], f"operations[{i}]: {name!r} is not allowed here"
        if not isinstance(call, (list, tuple)) or len(call) != arity[name]:
            return [], f"arguments[{i}]: {name} takes {arity[name]} argument(s), got {_short(call)}"
        calls.append((name, list(call)))
    return calls, None
