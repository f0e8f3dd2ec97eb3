"""Growth classes and the complexity expressions that name them.

The judge measures one size parameter at a time (and, with several, all of
them together along a diagonal), so what it can say about a solution is, for
each parameter, one of eleven growth classes::

    1 < log n < n < n log n < n^2 < n^2 log n < n^3 < 2^n < n 2^n < n! < n n!

(``2^n`` stands for any ``c^n``; the last three are what backtracking over
subsets and permutations costs, output included.)

A complexity *expression* (a target in problem.toml, or a user's claim) such as
``O(n log n)``, ``O(V+E)`` or ``O(n m d)`` is parsed into monomials and reduced
to that per-parameter view: the class of the expression in ``p`` is its growth
in ``p`` with every other parameter held fixed.  ``O(V+E)`` is linear in V and
in E; ``O(V (V+E))`` is quadratic in V and linear in E.

Contract:

* ``parse(text, params)`` returns an ``Expression`` or raises
  ``ExpressionError`` with a one-line reason (unknown name, bad syntax, a
  growth outside the eleven classes such as ``n^1.5`` or ``n^3 log n``).
* ``Expression.classes`` maps every parameter to a ``Growth``.
* ``render(classes)`` writes per-parameter classes back as a canonical
  string: ``O(n log n)``, ``O(V+E)``, ``O(V^2+E)``; ``render_product`` as a
  product: ``O(m n)``.
* ``diagonal(expression)`` is the expression's growth when every parameter
  grows together (``O(m n log(m n))``: ``k^2 log k``), or None when that is
  not one of the classes; names that are not parameters stay constant.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NoReturn


@dataclass(frozen=True)
class Growth:
    """One growth class: ``rank`` orders them, ``power`` is the polynomial degree (99 from 2^n up)."""

    key: str
    rank: int
    power: int
    logs: int
    exponential: bool = False  # c^n, times n^power_factor
    factorial: bool = False  # n!, times n^power_factor
    power_factor: int = 0  # the polynomial factor of an exponential or factorial class (n 2^n: 1)

    def render(self, param: str = "n") -> str:
        """The class written in parameter ``param``, without the O( )."""
        return self.key.replace("n", param) if self.key != "1" else "1"

    def label(self, param: str = "n") -> str:
        return f"O({self.render(param)})"

    def __lt__(self, other: Growth) -> bool:
        return self.rank < other.rank

    def __le__(self, other: Growth) -> bool:
        return self.rank <= other.rank


CLASSES = (
    Growth("1", 0, 0, 0),
    Growth("log n", 1, 0, 1),
    Growth("n", 2, 1, 0),
    Growth("n log n", 3, 1, 1),
    Growth("n^2", 4, 2, 0),
    Growth("n^2 log n", 5, 2, 1),
    Growth("n^3", 6, 3, 0),
    Growth("2^n", 7, 99, 0, exponential=True),
    Growth("n 2^n", 8, 99, 0, exponential=True, power_factor=1),
    Growth("n!", 9, 99, 0, factorial=True),
    Growth("n n!", 10, 99, 0, factorial=True, power_factor=1),
)
BY_KEY = {g.key: g for g in CLASSES}
(CONSTANT, LOG, LINEAR, LINEARITHMIC, QUADRATIC, QUADRATIC_LOG, CUBIC, EXPONENTIAL, EXPONENTIAL_LINEAR, FACTORIAL,
 FACTORIAL_LINEAR) = CLASSES
POLYNOMIAL = CLASSES[:7]


def adjacent(a: Growth, b: Growth) -> bool:
    return abs(a.rank - b.rank) == 1


class ExpressionError(ValueError):
    """A complexity expression the judge cannot read or cannot measure."""


@dataclass(frozen=True)
class Monomial:
    """A product of factors: per parameter (power, log power); ``exponential`` parameters grow as c^p,
    ``factorial`` ones as p!."""

    powers: tuple  # ((param, power, logs), ...) sorted by param
    exponential: frozenset = frozenset()
    factorial: frozenset = frozenset()

    def times(self, other: Monomial) -> Monomial:
        merged: dict[str, list[int]] = {p: [k, logs] for p, k, logs in self.powers}
        for p, k, logs in other.powers:
            entry = merged.setdefault(p, [0, 0])
            entry[0] += k
            entry[1] += logs
        return Monomial(tuple(sorted((p, k, logs) for p, (k, logs) in merged.items())),
                        self.exponential | other.exponential, self.factorial | other.factorial)

    def growth_in(self, param: str) -> tuple:
        """(factorial, exponential, power, logs): ordered as the growth they stand for."""
        power, logs = next(((k, lg) for p, k, lg in self.powers if p == param), (0, 0))
        return (int(param in self.factorial), int(param in self.exponential), power, logs)

    def diagonal(self, params: tuple[str, ...]) -> tuple:
        """The growth when every parameter in ``params`` is the same k and every other name is held
        (factorial, exponential, power, logs)."""
        powers = [(k, lg) for p, k, lg in self.powers if p in params]
        return (int(bool(self.factorial & set(params))), int(bool(self.exponential & set(params))),
                sum(k for k, _ in powers), sum(lg for _, lg in powers))


ONE = Monomial(())


@dataclass(frozen=True)
class Expression:
    text: str  # as written, trimmed
    params: tuple[str, ...]
    monomials: tuple[Monomial, ...]

    @property
    def classes(self) -> dict[str, Growth]:
        return {p: _classify(max(m.growth_in(p) for m in self.monomials), self.text) for p in self.params}


def classify(growth: tuple) -> Growth | None:
    """The class of a (factorial, exponential, power, logs) growth, or None when it is not one of them."""
    factorial, exponential, power, logs = growth
    if factorial or exponential:
        # n! outgrows c^n: a factorial term hides an exponential one beside it; logs beside them are dropped
        # (n log n 2^n is measured as n 2^n: the fit cannot see that log over the sizes such code reaches).
        return next((g for g in CLASSES if g.factorial == bool(factorial) and g.exponential == (not factorial)
                     and g.power_factor == power), None)
    return next((g for g in POLYNOMIAL if (g.power, g.logs) == (power, logs)), None)


def _classify(growth: tuple, text: str) -> Growth:
    found = classify(growth)
    if found is not None:
        return found
    factorial, exponential, power, logs = growth
    shown = f"n^{power}" + (f" log^{logs} n" if logs else "") + (" n!" if factorial else " 2^n" if exponential else "")
    raise ExpressionError(f"{text!r} grows as {shown}, which is not one of the classes the judge measures "
                          f"({', '.join(g.key for g in CLASSES)})")


_SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3", "·": "*", "×": "*", "⋅": "*"})
_TOKEN_RE = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(\^|\*\*|\*|\+|\(|\)|,|!))")


def _normalize(text: str) -> str:
    body = text.strip().translate(_SUPERSCRIPTS)
    match = re.fullmatch(r"[OoΘθΩ]\s*\((.*)\)", body, re.DOTALL)
    if match:
        body = match.group(1)
    elif re.match(r"[OoΘθΩ]\s*\(", body):
        body = body[1:]  # an unclosed O( : keep the parenthesis, so the parser says it is not closed
    body = body.replace("**", "^")
    body = re.sub(r"(?i)\blg\b", "log", body)
    body = re.sub(r"(?i)\blog_?2\b", "log", body)
    return body


def _tokens(body: str, params: tuple[str, ...], text: str) -> list[tuple[str, str]]:
    lowered = {p.lower(): p for p in params}
    out, pos = [], 0
    while pos < len(body):
        if body[pos:].strip() == "":
            break
        match = _TOKEN_RE.match(body, pos)
        if not match:
            raise ExpressionError(f"cannot read {text!r} at {body[pos:].strip()[:10]!r}")
        pos = match.end()
        number, name, op = match.groups()
        if number is not None:
            out.append(("num", number))
        elif op is not None:
            out.append(("op", "^" if op == "**" else op))
        else:
            out.extend(_split_name(name, params, lowered, text))
    return out


def _split_name(name: str, params, lowered, text) -> list[tuple[str, str]]:
    """A name is a parameter, ``log``, or letters run together (``nlogn``, ``nm``) that split into those."""
    if name in params:
        return [("name", name)]
    if name.lower() == "log":
        return [("log", "log")]
    if name.lower() in lowered:
        return [("name", lowered[name.lower()])]
    pieces, rest = [], name
    while rest:
        for candidate in sorted([*params, "log"], key=len, reverse=True):
            if rest.lower().startswith(candidate.lower()):
                pieces.append(("log", "log") if candidate == "log" else ("name", candidate))
                rest = rest[len(candidate):]
                break
        else:
            return [("unknown", name)]
    return pieces


class _Parser:
    """expr := term ('+' term)* ; term := factor (['*'] factor)* ; factor := atom ('^' number)?"""

    def __init__(self, tokens, params, text):
        self.tokens, self.params, self.text, self.i = tokens, params, text, 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", "")

    def take(self):
        token = self.peek()
        self.i += 1
        return token

    def fail(self, what: str) -> NoReturn:
        raise ExpressionError(f"cannot read {self.text!r}: {what}")

    def expr(self) -> list[Monomial]:
        terms = self.term()
        while self.peek() == ("op", "+"):
            self.take()
            terms = terms + self.term()
        return terms

    def term(self) -> list[Monomial]:
        product = self.factor()
        while True:
            kind, value = self.peek()
            if (kind, value) == ("op", "*"):
                self.take()
            elif not (kind in ("name", "num", "log", "unknown") or (kind, value) == ("op", "(")):
                return product
            following = self.factor()
            product = [a.times(b) for a in product for b in following]

    def factor(self) -> list[Monomial]:
        """factor := power ['!'] : ``n!`` is a factorial of a single parameter."""
        result = self._power()
        if self.peek() == ("op", "!"):
            self.take()
            names = {p for m in result for p, _, _ in m.powers}
            if len(result) != 1 or len(names) != 1 or result[0].powers[0][1:] != (1, 0) or result[0].exponential:
                self.fail("a factorial is of one size parameter, as in n!")
            return [Monomial((), frozenset(), frozenset(names))]
        return result

    def _power(self) -> list[Monomial]:
        kind, value = self.peek()
        if kind == "num" and self.tokens[self.i + 1: self.i + 2] == [("op", "^")]:
            self.take()
            self.take()
            kind2, name = self.take()
            if kind2 != "name":
                self.fail("an exponential needs a size parameter, as in 2^n")
            if float(value) <= 1:
                self.fail(f"{value}^{name} does not grow")
            return [Monomial((), frozenset([name]))]
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            kind, exponent = self.take()
            if kind != "num" or not float(exponent).is_integer():
                self.fail("exponents must be whole numbers, as in n^2")
            result = [ONE]
            for _ in range(int(float(exponent))):
                result = [a.times(b) for a in result for b in base]
            return result
        return base

    def atom(self) -> list[Monomial]:
        kind, value = self.take()
        if kind == "num":
            return [ONE]
        if kind == "name":
            return [Monomial(((value, 1, 0),))]
        if kind == "unknown":
            names = ", ".join(self.params)
            raise ExpressionError(f"{self.text!r} names {value!r}, but the size parameters here are {names}")
        if kind == "log":
            inner = self.atom() if self.peek() != ("op", "(") else self._parenthesized()
            logged = {p for m in inner for p, _, _ in m.powers} | {p for m in inner for p in m.exponential} \
                | {p for m in inner for p in m.factorial}
            if not logged:
                return [ONE]
            return [Monomial(((p, 0, 1),)) for p in sorted(logged)]
        if (kind, value) == ("op", "("):
            self.i -= 1
            return self._parenthesized()
        self.fail(f"unexpected {value or 'end'!r}")

    def _parenthesized(self) -> list[Monomial]:
        self.take()
        inner = self.expr()
        if self.take() != ("op", ")"):
            self.fail("a parenthesis is not closed")
        return inner


def parse(text: str, params: tuple[str, ...] | list[str], lenient: bool = False,
          constants: bool = False) -> Expression:
    """Parse a complexity expression over the size parameters ``params``.

    Names are matched exactly, then ignoring case.  ``lenient`` (for a user's
    claim, not a pack's target): with a single parameter, any one unknown name
    is taken to mean it (``O(len)`` for ``n``).  ``constants`` (for a pack's
    target): other names are quantities no sweep varies (the ``q`` of
    ``O(n + q)``, the ``k`` of ``O(n log k)``) and count as constants.
    """
    params = tuple(params)
    if constants:
        expression = parse(text, params + other_names(text, params))
        return Expression(expression.text, params, expression.monomials)
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("an empty complexity; write it as O(n log n)")
    body = _normalize(text)
    tokens = _tokens(body, params, text)
    if lenient and len(params) == 1:
        unknown = {v for k, v in tokens if k == "unknown"}
        if len(unknown) == 1:
            tokens = [("name", params[0]) if k == "unknown" else (k, v) for k, v in tokens]
    if not tokens:
        raise ExpressionError(f"cannot read {text!r}; write it as O(n log n)")
    parser = _Parser(tokens, params, text)
    monomials = parser.expr()
    if parser.peek()[0] != "end":
        parser.fail(f"unexpected {parser.peek()[1]!r}")
    expression = Expression(text.strip(), params, tuple(monomials))
    expression.classes  # noqa: B018  (raises for growths outside the classes)
    return expression


def other_names(text: str, params: tuple[str, ...]) -> tuple[str, ...]:
    """The names ``text`` uses besides ``params`` and ``log`` (the ``D`` of a target ``O(n log D)``), sorted."""
    body = _normalize(text) if isinstance(text, str) else ""
    names = {n for n in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", body) if n.lower() not in ("log", "lg")}
    known = {p.lower() for p in params}
    return tuple(sorted(n for n in names if n not in params and n.lower() not in known
                        and _split_name(n, params, {p.lower(): p for p in params}, text)[0][0] == "unknown"))


def render(classes: dict[str, Growth]) -> str:
    """Per-parameter classes as one canonical string: the sum of each parameter's term."""
    terms = [g.render(p) for p, g in classes.items() if g is not CONSTANT]
    return f"O({'+'.join(terms) if terms else '1'})"


def render_product(classes: dict[str, Growth]) -> str:
    """Per-parameter classes as one product, the log factors of polynomial ones merged into one:
    ``{m: m log m, n: n log n}`` is ``O(m n log(m n))``."""
    factors, logged = [], []
    for p, g in classes.items():
        if g is CONSTANT:
            continue
        if g.exponential or g.factorial or g.logs == 0:
            factors.append(g.render(p))
        else:
            if g.power > 0:  # n log n: the factor n here, the log merged below
                factors.append(next(c for c in POLYNOMIAL if (c.power, c.logs) == (g.power, 0)).render(p))
            logged.append(p)
    factors = [f for f in factors if f != "1"]
    if logged:
        factors.append(f"log {logged[0]}" if len(logged) == 1 else f"log({' '.join(logged)})")
    return f"O({' '.join(factors) if factors else '1'})"


def product_of(classes: dict[str, Growth]) -> Expression:
    """The product of per-parameter classes as an expression (see ``render_product``)."""
    return parse(render_product(classes), tuple(classes))


def sum_of(classes: dict[str, Growth]) -> Expression:
    return parse(render(classes), tuple(classes))


def diagonal(expression: Expression, params: tuple[str, ...] | None = None) -> Growth | None:
    """The expression's class when all its parameters (or only ``params``) grow together, or None when that
    is not a class.  Names that are not among them are constants: the ``T`` of a target ``O(B T)`` read
    with ``B`` and ``H`` swept does not grow along the diagonal."""
    over = expression.params if params is None else params
    return classify(max(m.diagonal(over) for m in expression.monomials))


def growth_value(growth: Growth, n: float, base: float = 2.0) -> float:
    """The class's defining function at ``n`` (``base`` is the exponential's base)."""
    if growth.exponential:
        return math.inf if n * math.log2(base) > 1000 else base ** n * n ** growth.power_factor
    if growth.factorial:
        return math.inf if n > 170 else math.gamma(n + 1) * n ** growth.power_factor
    log = math.log2(n) if n > 1 else 0.0
    return {"1": 1.0, "log n": log, "n": n, "n log n": n * log, "n^2": n * n, "n^2 log n": n * n * log,
            "n^3": float(n) ** 3}[growth.key]
