"""From measured points to the complexity report: classes, status against the target, claims.

Time.  The exact count of Python-level steps is the primary signal: it is
deterministic, so noise cannot move it, and with comparisons made visible (see
the runner's ``wrap``) it sees ``sorted``, ``bisect`` and ``in`` on a list too.
It is blind to other work done in C: slicing and copying, ``sum``, NumPy.
CPU time sees everything but is noisy, and caches bend it upward by a log
factor's worth (or more, for a sort outgrowing the cache) over two decades,
so it cannot be trusted to tell n from n log n.  The rule: the count decides,
unless CPU time carries work of a higher power of n than the count's class,
found by fitting ``time = a + b * count + c * g(n)`` for ``g`` in n, n^2, n^3
above the count's power (each term may carry a bounded cache step, see
``_time_model``): the hidden term ``c * g`` must be most of the time at
the largest size (``HIDDEN_SHARE``) and the model must beat plain
``time = a + b * count`` by ``HIDDEN_WORK_MARGIN`` in BIC; and when the count
grows, time per counted step must itself grow like a power of n over the
three largest sizes (log-log slope at least ``HIDDEN_SLOPE``): hidden work
takes over as n grows, while a cache-bent curve flattens once the data is
out of cache.  Then ``g`` is the
class, and the report says that count and time disagree and why.  Hidden work
is classified to a power of n: time resolves powers, not log factors.

Space.  The heap peak above what the run leaves alive (the output), with the
input allocated before tracing starts, plus the deepest call nesting times a
frame's size; deterministic too, but shaped by the allocator: lists
over-allocate, hash tables double, and CPython's cached ints make every
computed int up to 256 free, so a table of lengths costs 8 bytes a cell below
n = 256 and 40 above, a jump that looks like extra growth.  So the space
models may carry that effect (see ``fit_growth``'s ``int_cache``), the
precision is looser than for counts and applies to the heap part only (the
stack part is exact), and classes rare in space (log factors, n^3, 2^n) must
win by ``SPACE_PRIOR`` BIC units.  That looseness lets a tiny n^2 term bend
a linear curve within the noise, so a growing space model must also be
physical: at least ``SPACE_MIN_COEFFICIENT`` bytes per unit of its term.

Several size parameters are measured one at a time, so the measured string is
the sum of per-parameter classes (``O(V+E)``, ``O(V^2+E)``); when every
parameter matches the target, the target's own text is used (``O(n m d)``).
A one-at-a-time sweep cannot tell ``V*E`` from ``V^2 + E``; the per-parameter
classes in ``by_parameter`` are what was actually measured.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import product
from typing import Any, cast

from judge import growth as grammar
from judge.complexity import plan
from judge.complexity.fit import FitOptions, GrowthFit, Noise, choose, fit_columns, fit_growth
from judge.complexity.measure import Measurement, Series
from judge.growth import (
    CONSTANT,
    CUBIC,
    EXPONENTIAL,
    EXPONENTIAL_LINEAR,
    FACTORIAL,
    FACTORIAL_LINEAR,
    LINEAR,
    LINEARITHMIC,
    POLYNOMIAL,
    QUADRATIC,
    QUADRATIC_LOG,
    Expression,
    ExpressionError,
    Growth,
    growth_value,
    other_names,
    parse,
    render,
    render_product,
)

# Counts are exact, but the models omit lower-order terms, and a worst-case input's shape may shift with its size.
# 3%, not 5%: at 5% a count of n (66 + 4 log2 n) steps (a binary search over log(sum) capacities) fits
# 71 n + 0.0014 n^2 as well, and the report could not say which.
COUNT_NOISE = Noise(rel=0.03, abs=0.5)
# The mean count of a randomized submission over a few seeds still carries its pivots' luck.
RANDOMIZED_COUNT_NOISE = Noise(rel=0.15, abs=0.5)
TIME_NOISE = Noise(rel=0.10, abs=1e-6)  # least-of-repeats CPU time on a shared, loaded machine; clock jitter
SPACE_NOISE = Noise(rel=0.10, abs=128.0)  # bytes: an int of 28 or 32 bytes, over-allocation, table doubling
DEPTH_NOISE = Noise(rel=0.01, abs=0.3)  # call nesting: exact (a balanced tree's floor(log n) is off by < 1)
# Bytes per unit of a space class's defining term: a bitset's eighth of a byte, halved for a triangle.  A fit
# that needs less (0.005 bytes per n^2) is bending a linear curve, not finding a table.
SPACE_MIN_COEFFICIENT = 1 / 16
SPACE_PRIOR = {LINEARITHMIC: 6.0, QUADRATIC_LOG: 6.0, CUBIC: 6.0, EXPONENTIAL: 6.0, EXPONENTIAL_LINEAR: 6.0,
               FACTORIAL: 6.0, FACTORIAL_LINEAR: 6.0}
HIDDEN_CLASSES = (LINEAR, QUADRATIC, CUBIC)
HIDDEN_SHARE = 0.5
# The step adds at most 2x its term: memory costs 2.5x what L2 does here, and ints computed above 256 are
# allocated where smaller ones are shared (a table of i ^ j: 14 ns a cell at n = 256, 37 at 1024; measured)
CACHE_STEP_MAX = 2.0
HIDDEN_SLOPE = 0.35
HIDDEN_WORK_MARGIN = 10.0  # BIC units: e^5 odds that time is not proportional to the count
DEEPENING_MIN_FRAMES = 64  # a nesting this deep, and twice the shallowest, spreads its frames past L1
MIN_CONFIDENCE = 0.6  # below this a status is not given
DIAGONAL_MIN_SPAN = 16.0  # the diagonal's sizes must span this much to say how parameters combine
DEPTH_DECIDES_ABOVE = 0.85  # the confidence at which the exact call nesting raises the space class


@dataclass
class AxisResult:
    """One parameter's verdict on one axis (time or space)."""

    fit: GrowthFit | None
    signal: str  # "count", "time", "space"
    note: str = ""
    count_fit: GrowthFit | None = None
    time_fit: GrowthFit | None = None

    @property
    def candidates(self) -> tuple[Growth, ...]:
        return self.fit.candidates if self.fit else ()

    @property
    def confidence(self) -> float:
        if not self.fit:
            return 0.0
        return sum(self.fit.weights.get(g.key, 0.0) for g in self.candidates)


def cache_step(n: float, start: float) -> float:
    """0 below ``start``, 1 from 4x ``start`` up, linear in log n between: data leaving a cache."""
    return min(1.0, max(0.0, math.log(n / start) / math.log(4))) if n > 0 else 0.0


def _time_model(sizes, counts, times, growth: Growth | None, steps: bool = True):
    """The best fit of ``time = a + b*count [+ c*g(n)]``, with or without a cache step on the last term.

    The same work costs up to a few times more per unit once its data outgrow a
    cache (measured here: 0.85 ns an element in L2, 2.1 ns from memory; more
    where each step also allocates an int that CPython shares below 257),
    which over the top doublings of a sweep looks like a higher power.  So each model
    may carry a step of its last term, from a fitted start size, of at most
    ``CACHE_STEP_MAX`` times that term: a bounded multiplier that a real extra
    power of n still beats.  Returns (bic, coefficients, rows, start or None).
    """
    def row(n, c, start=None):
        values = [1.0, c] + ([growth_value(growth, n)] if growth else [])
        return values + ([values[-1] * cache_step(n, start)] if start else [])

    m = len(sizes)
    coef, _, bic = fit_columns([row(n, c) for n, c in zip(sizes, counts)], times, TIME_NOISE)
    best = (bic, coef, [row(n, c) for n, c in zip(sizes, counts)], None)
    for start in (sorted(set(sizes))[:-1] if steps else ()):
        rows = [row(n, c, start) for n, c in zip(sizes, counts)]
        coef, _, bic = fit_columns(rows, times, TIME_NOISE)
        if coef[-1] <= CACHE_STEP_MAX * coef[-2] and bic + math.log(m) < best[0]:
            best = (bic + math.log(m), coef, rows, start)
    return best


def _hidden_classes(count_class: Growth) -> tuple[Growth, ...]:
    """What hidden work above the count's class can be: a whole power of n more (polynomial counts), or the
    n of n 2^n and n n! (a search whose leaves copy their n elements in C: ``path[:]``, ``subset + [x]``)."""
    if count_class.exponential or count_class.factorial:
        return tuple(g for g in (EXPONENTIAL_LINEAR, FACTORIAL_LINEAR)
                     if g.rank == count_class.rank + 1 and count_class.power_factor == 0)
    return tuple(g for g in HIDDEN_CLASSES if g.power > count_class.power)


def hidden_work(sizes: list[int], counts: list[float], times: list[float], count_class: Growth,
                deepening: bool = False) -> GrowthFit | None:
    """The class of work CPU time sees and the count does not, or None when time is explained by the count.
    ``deepening``: the call nesting grows along the series, so the same steps run in more stack memory."""
    top = sizes.index(max(sizes))
    count_power = count_class.power
    if count_power > 0 and _top_slope(sizes, [t / max(c, 1.0) for t, c in zip(times, counts)]) < HIDDEN_SLOPE:
        return None
    # A constant count gets no cache step: a fixed number of Python steps cannot outgrow a cache; only the
    # C work they start on the input can, and that is the hidden work looked for.  Unless they nest deeper:
    # 4096 calls on a path 2048 deep run over 260 KB of frames, 2.2x slower a call than 16 deep (measured).
    null_bic = _time_model(sizes, counts, times, None, steps=count_power > 0 or deepening)[0]
    bics = {}
    for growth in _hidden_classes(count_class):
        bic, coef, rows, _ = _time_model(sizes, counts, times, growth)
        predicted = sum(c * v for c, v in zip(coef, rows[top]))
        hidden = sum(c * v for c, v in zip(coef[2:], rows[top][2:]))
        if predicted > 0 and hidden / predicted >= HIDDEN_SHARE:
            bics[growth] = bic
    if not bics or min(bics.values()) + HIDDEN_WORK_MARGIN >= null_bic:
        return None
    # A higher power must beat a lower one by the same margin: cache contention (another process on the
    # other core) bends C-speed curves upward, and must not turn O(m) hidden work into O(m^2).
    best = min(bics.values())
    lowest = min((g for g, bic in bics.items() if bic <= best + HIDDEN_WORK_MARGIN), key=lambda g: g.power)
    bics = {g: bic for g, bic in bics.items() if g.power <= lowest.power}
    bics[CONSTANT] = null_bic  # "no hidden work" competes for the weight, and lowers the confidence
    fit = choose(bics)
    return fit if fit.best is not CONSTANT else None


def _top_slope(sizes: list[int], values: list[float], points: int = 3) -> float:
    """Least-squares slope of log(value) against log(size) over the largest sizes."""
    pairs = sorted(zip(sizes, values))[-points:]
    xs = [math.log(n) for n, _ in pairs]
    ys = [math.log(max(v, 1e-12)) for _, v in pairs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread if spread else 0.0


def classify_time(series: Series) -> AxisResult:
    if not plan.enough(series.sizes):
        return AxisResult(None, "count", f"{series.parameter}: only {len(series.points)} sizes fit in the budget "
                                         f"(a class needs {plan.MIN_SIZES} over a factor of {plan.MIN_SPAN:g})")
    sizes = series.sizes
    counts = [float(p.count) for p in series.points]
    times = [p.time_s for p in series.points]
    count_fit = fit_growth(sizes, counts, RANDOMIZED_COUNT_NOISE if any(p.seeds > 1 for p in series.points)
                           else COUNT_NOISE)
    time_fit = fit_growth(sizes, times, TIME_NOISE)
    depths = [p.depth for p in series.points]
    deepening = max(depths) >= max(DEEPENING_MIN_FRAMES, 2 * min(depths))
    hidden = hidden_work(sizes, counts, times, max(count_fit.candidates, key=lambda g: g.rank), deepening)
    if hidden is not None:
        note = (f"{series.parameter}: Python-level steps grow as {count_fit.label(series.parameter)} but CPU time as "
                f"{hidden.label(series.parameter)}: the extra work is done in C (slicing, copying, NumPy, "
                f"builtins); the time, which sees it, is trusted")
        return AxisResult(hidden, "time", note, count_fit, time_fit)
    note = ""
    if time_fit.best.rank > count_fit.best.rank and time_fit.confidence >= 0.85 and not count_fit.ambiguous:
        note = (f"{series.parameter}: CPU time grows slightly faster ({time_fit.label(series.parameter)}) than the "
                f"exact step count ({count_fit.label(series.parameter)}); that much is memory effects, and the "
                f"count is trusted")
    return AxisResult(count_fit, "count", note, count_fit, time_fit)


def classify_space(series: Series) -> AxisResult:
    points = series.space_points
    if not plan.enough([p.size for p in points]):
        note = "" if not plan.enough(series.sizes) else f"{series.parameter}: too few sizes had room for the traced run"
        return AxisResult(None, "space", note)
    # space_points are the traced ones: their space and heap are set
    values = [float(cast(int, p.space_bytes)) for p in points]
    heap = [float(cast(int, p.heap_bytes)) for p in points]
    sizes = [p.size for p in points]
    fit = fit_growth(sizes, values, SPACE_NOISE,
                     FitOptions(SPACE_PRIOR, basis=heap, int_cache=True, min_coefficient=SPACE_MIN_COEFFICIENT))
    # The stack part is exact: a call nesting that grows as a class is that much space, however small a
    # frame is beside the heap's noise (a backtracking search n deep is n frames, not log n).
    depth = fit_growth(sizes, [float(p.depth) for p in points], DEPTH_NOISE)
    if depth.best.rank > fit.candidates[0].rank and not depth.ambiguous and depth.confidence >= DEPTH_DECIDES_ABOVE:
        note = (f"{series.parameter}: the call nesting grows as {depth.label(series.parameter)}, more than the "
                f"heap's {fit.label(series.parameter)}; the exact nesting decides")
        return AxisResult(depth, "space", note)
    return AxisResult(fit, "space")


def _diagonal(series: Series, classify) -> AxisResult:
    """The diagonal's class, when its sizes span enough to tell k from k^2 through the lower-order terms
    (a grid's rows cost as much as its cells up to k = 8 or so): else no class, and no combination."""
    result = classify(series)
    sizes = [p.size for p in (series.points if classify is classify_time else series.space_points)]
    if result.fit is not None and max(sizes) < DIAGONAL_MIN_SPAN * min(sizes):
        return AxisResult(None, result.signal, f"all parameters together: sizes span less than "
                                               f"{DIAGONAL_MIN_SPAN:g}x, too little to say how they combine")
    return result


@dataclass(frozen=True)
class ReportRequest:
    """What a report is built against: the size parameters, the targets, whether NumPy is expected, claims."""

    params: tuple[str, ...]
    time_target: str
    space_target: str
    vectorized_expected: bool = False
    claim_time: str | None = None
    claim_space: str | None = None


@dataclass(frozen=True)
class Target:
    """A target, read twice: per swept parameter (other names constant), and over every name it uses."""

    swept: Expression  # classes over the size parameters only
    full: Expression  # classes over the size parameters and the target's other names (the D of O(n log D))

    @classmethod
    def parse(cls, text: str, params: tuple[str, ...]) -> Target:
        return cls(parse(text, params, constants=True), parse(text, params + other_names(text, params)))

    @property
    def text(self) -> str:
        return self.swept.text

    @property
    def unswept(self) -> tuple[str, ...]:
        return tuple(n for n in self.full.params if n not in self.swept.params)


@dataclass(frozen=True)
class Reading:
    """What the report displays for one axis: one or two adjacent readings, or per parameter."""

    text: str | None  # the measured string; None when a parameter is undecided
    classes: dict  # parameter -> the Growths it may be (one, or two adjacent)
    combination: str  # "single" (one parameter), "target", "sum", "product", or "unknown"
    reason: str = ""  # why two readings, or why the combination is unknown


def _status(results: dict[str, AxisResult], target: Expression, diagonal: AxisResult | None) -> str:
    verdicts = []
    for name, result in results.items():
        if not result.fit or result.confidence < MIN_CONFIDENCE:
            verdicts.append("unknown")
            continue
        verdicts.append(_against(result.candidates, target.classes[name]))
    if len(results) > 1:
        verdicts.append(_diagonal_verdict(results, target, diagonal))
    if "worse" in verdicts:
        return "suboptimal"
    return "optimal" if all(v == "ok" for v in verdicts) else "inconclusive"


def _against(candidates: tuple[Growth, ...], limit: Growth) -> str:
    if all(g <= limit for g in candidates):
        return "ok"
    if all(limit < g for g in candidates):
        return "worse"
    return "unknown"


def _diagonal_verdict(results: dict[str, AxisResult], target: Expression, diagonal: AxisResult | None) -> str:
    """Whether all parameters growing together stay within the target.  Measured, when the diagonal was;
    otherwise only when even the product of the per-parameter classes (the most they can combine to) does."""
    limit = grammar.diagonal(target)
    if limit is None:
        return "unknown"
    if diagonal is not None and diagonal.fit and diagonal.confidence >= MIN_CONFIDENCE:
        return _against(diagonal.candidates, limit)
    if any(not r.fit for r in results.values()):
        return "unknown"
    highest = grammar.diagonal(grammar.product_of({n: max(r.candidates) for n, r in results.items()}))
    return "ok" if highest is not None and highest <= limit else "unknown"


def _written_as(classes: dict[str, Growth], target: Expression) -> str:
    """Per-parameter classes as one string: the target's own text when they are its classes."""
    return target.text if classes == target.classes else render(classes)


def _combined(classes: dict[str, Growth], target: Expression, diagonal: AxisResult | None) -> tuple[str, str]:
    """How one-class-per-parameter readings combine, as the diagonal confirms: (kind, text); kind "unknown"
    when no combination fits the diagonal (or there is none measured and sum and product differ)."""
    options = []
    if classes == target.classes:
        options.append(("target", target))
    options += [("sum", grammar.sum_of(classes)), ("product", grammar.product_of(classes))]
    along = {kind: grammar.diagonal(expression) for kind, expression in options}
    if diagonal is None or not diagonal.fit:
        if along["sum"] is not None and along["sum"] == along["product"]:  # only one parameter grows
            kind, expression = options[0]
            return kind, expression.text if kind == "target" else render(classes)
        return "unknown", ""
    for kind, expression in options:
        if along[kind] is not None and along[kind] in diagonal.candidates:
            return kind, expression.text if kind == "target" else (
                render(classes) if kind == "sum" else render_product(classes))
    return "unknown", ""


def _per_parameter(classes: dict[str, tuple[Growth, ...]]) -> str:
    return ", ".join(f"{n}: {' or '.join(g.label(n) for g in gs)}" for n, gs in classes.items())


def _between(name: str, result: AxisResult) -> str:
    low, high = result.candidates
    weights = cast(GrowthFit, result.fit).weights
    return (f"{name}: the data cannot separate {low.label(name)} from the adjacent {high.label(name)} "
            f"(weights {weights.get(low.key, 0):.2f} and {weights.get(high.key, 0):.2f})")


def read_axis(results: dict[str, AxisResult], target: Expression, diagonal: AxisResult | None) -> Reading:
    """The one reading the report displays, or two adjacent ones with the reason; never more."""
    candidates = {n: r.candidates for n, r in results.items()}
    if any(not r.fit for r in results.values()):
        return Reading(None, candidates, "unknown")
    ambiguous = [n for n, gs in candidates.items() if len(gs) > 1]
    if len(ambiguous) > 1:
        return Reading(f"{_per_parameter(candidates)} (combination unknown)", candidates, "unknown",
                       "; ".join(_between(n, results[n]) for n in ambiguous))
    reason = _between(ambiguous[0], results[ambiguous[0]]) if ambiguous else ""
    names = list(candidates)
    readings = [dict(zip(names, combo)) for combo in product(*candidates.values())]  # one, or two adjacent
    if len(names) == 1:
        texts = [_written_as(r, target) for r in readings]
        return Reading(" or ".join(texts), candidates, "single", reason)
    combined = [_combined(r, target, diagonal) for r in readings]
    measured = diagonal.fit if diagonal is not None else None
    if len(readings) == 2 and measured is not None and sum(kind != "unknown" for kind, _ in combined) == 1:
        # One parameter between two classes, and only one of the two readings fits the diagonal: it decides.
        (kept, (kind, text)), = [(r, c) for r, c in zip(readings, combined) if c[0] != "unknown"]
        name = ambiguous[0]
        together = measured.label("k")
        settled = f"{reason}; all parameters growing together read {together}, which only {kept[name].label(name)} fits"
        return Reading(text, {n: (g,) for n, g in kept.items()}, kind, settled)
    if len(readings) == 1 and combined[0][0] == "unknown":
        lifted = _lift_a_log(readings[0], target, diagonal)
        if lifted is not None:
            return lifted
    if any(kind == "unknown" for kind, _ in combined):
        why = f"per-parameter classes do not say how {', '.join(names)} combine, " + (
            f"and the diagonal (all growing together as k) reads {measured.label('k')}, which neither their sum "
            f"nor their product matches" if measured is not None else "and the diagonal was not measured far enough")
        return Reading(f"{_per_parameter(candidates)} (combination unknown)", candidates, "unknown",
                       "; ".join(x for x in (reason, why) if x))
    return Reading(" or ".join(text for _, text in combined), candidates, combined[0][0], reason)


def _lift_a_log(classes: dict[str, Growth], target: Expression, diagonal: AxisResult | None) -> Reading | None:
    """The readings with one parameter's class raised by a log factor that the diagonal confirms.

    A log factor of heap or sort work may show only when every parameter grows: a Dijkstra's heap holds
    about min(V, E) entries, so with E fixed the V sweep sees no log, and with V fixed the E sweep sees a
    log of a constant.  The diagonal then reads ``k log k`` where sum and product read ``k``.  Raising a
    class is never a reading below what the data supports; when two parameters could carry the log, both
    readings are given, with the reason.
    """
    if diagonal is None or not diagonal.fit or len(diagonal.candidates) != 1:
        return None
    found = []
    for name, g in classes.items():
        raised = grammar.classify((0, 0, g.power, g.logs + 1)) if g in POLYNOMIAL and g.logs == 0 else None
        if raised is None:
            continue
        reading = {**classes, name: raised}
        kind, text = _combined(reading, target, diagonal)
        if kind != "unknown":
            found.append((name, reading, kind, text))
    if not found or len(found) > 2:
        return None
    per = {n: tuple(sorted({g, *(r[n] for _, r, _, _ in found)}, key=lambda c: c.rank)) for n, g in classes.items()}
    names = " or ".join(n for n, _, _, _ in found)
    why = (f"each parameter alone reads {render(classes)}, but all of them growing together read "
           f"{diagonal.fit.label('k')}: a log factor that shows only along the diagonal, carried by {names}")
    return Reading(" or ".join(text for _, _, _, text in found), per, found[0][2], why)


def _claim_verdict(claim: Expression, reading: Reading, target: Target, diagonal: AxisResult | None,
                   confident: bool) -> dict:
    """The claim against what the report displays: each swept parameter against its displayed class(es),
    each name the target uses but no sweep varies against the target's own class in it, and, where the
    diagonal decided the combination, the claim's growth with all parameters together against it."""
    wanted = claim.classes
    if reading.text is None:
        return {"claimed": claim.text, "verdict": "inconclusive", "message": "the measurement was inconclusive"}
    compared = [(n, wanted.get(n, CONSTANT), gs) for n, gs in reading.classes.items()]
    symbolic = [(n, wanted.get(n, CONSTANT), (target.full.classes[n],)) for n in target.unswept]
    if diagonal is not None and diagonal.fit and reading.combination != "unknown":
        along = grammar.diagonal(claim, target.swept.params)
        if along is not None:
            compared.append(("all together", along, diagonal.candidates))
    checks = compared + symbolic
    matches = all(w in gs for _, w, gs in checks)
    exact = matches and all(len(gs) == 1 for _, _, gs in checks)
    aside = (f"; {', '.join(target.unswept)} not swept, so compared with the target's "
             f"{', '.join(target.full.classes[n].label(n) for n in target.unswept)}") if symbolic else ""
    if exact and confident:
        return {"claimed": claim.text, "verdict": "confirmed", "message": f"measured {reading.text}, as claimed{aside}"}
    if matches:
        return {"claimed": claim.text, "verdict": "inconclusive",
                "message": f"measured {reading.text}: consistent with the claim, but not decisive{aside}"}
    higher = [n for n, w, gs in checks if all(w < g for g in gs)]
    lower = [n for n, w, gs in checks if all(g < w for g in gs)]
    if higher and lower:
        why = (f"it grows differently: faster than claimed in {', '.join(higher)}, "
               f"more slowly in {', '.join(lower)}")
    elif higher:
        why = f"it grows faster than claimed (in {', '.join(higher)})"
    elif lower:
        why = f"the claim is not tight: it grows more slowly than that (in {', '.join(lower)})"
    else:
        why = "it grows differently"
    return {"claimed": claim.text, "verdict": "refuted", "message": f"measured {reading.text}: {why}{aside}"}


@dataclass(frozen=True)
class _Axis:
    """One axis's results: per parameter, along the diagonal, or the failure that left none."""

    results: dict[str, AxisResult] | None
    diagonal: AxisResult | None = None
    failure: str | None = None


def _axis_json(axis: _Axis, target: Target, claim: Expression | None) -> dict:
    results = axis.results
    if results is None:
        out: dict[str, Any] = {"measured": None, "target": target.text, "status": "inconclusive", "confidence": 0.0,
               "runner_up": None, "signal": None, "by_parameter": {}, "combination": None, "diagonal": None,
               "reason": axis.failure}
        if claim is not None:
            out["claim"] = {"claimed": claim.text, "verdict": "inconclusive", "message": axis.failure}
        return out
    swept = target.swept
    status = _status(results, swept, axis.diagonal)
    reading = read_axis(results, swept, axis.diagonal)
    decided = reading.text is not None
    confidence = round(min(r.confidence for r in results.values()), 3)
    runner_ups = {n: r.fit.runner_up for n, r in results.items() if r.fit and r.fit.runner_up}
    runner = None
    if runner_ups and decided:
        # The runner-up of the least certain parameter: as a whole expression where the diagonal says how it
        # would combine, else as that parameter's class alone.
        weakest = min(runner_ups, key=lambda n: results[n].confidence)
        classes = {n: cast(GrowthFit, results[n].fit).best for n in results}  # decided: every fit is set
        classes[weakest] = runner_ups[weakest]
        if len(classes) == 1:
            runner = _written_as(classes, swept)
        else:
            kind, text = _combined(classes, swept, axis.diagonal)
            runner = text if kind != "unknown" else f"{weakest}: {runner_ups[weakest].label(weakest)}"
    diagonal = None
    if axis.diagonal is not None:
        fit = axis.diagonal.fit
        limit = grammar.diagonal(swept)
        diagonal = {"measured": fit.label("k") if fit else None, "target": limit.label("k") if limit else None,
                    "confidence": round(axis.diagonal.confidence, 3), "signal": axis.diagonal.signal,
                    "sizes": "all parameters growing together as k"}
    out = {
        "measured": reading.text,
        "target": target.text,
        "status": status,
        "confidence": confidence,
        "runner_up": runner,
        "signal": "+".join(sorted({r.signal for r in results.values()})),
        "combination": reading.combination if decided else None,
        "reason": reading.reason or None,
        "diagonal": diagonal,
        "not_swept": list(target.unswept),
        "by_parameter": {n: {"measured": r.fit.label(n) if r.fit else None,
                             "target": swept.classes[n].label(n),
                             "confidence": round(r.confidence, 3),
                             "runner_up": r.fit.runner_up.label(n) if r.fit and r.fit.runner_up else None,
                             "signal": r.signal} for n, r in results.items()},
    }
    if claim is not None:
        confident = all(r.confidence >= MIN_CONFIDENCE for r in results.values())
        out["claim"] = _claim_verdict(claim, reading, target, axis.diagonal, confident)
    return out


def build_report(measurement: Measurement, request: ReportRequest) -> dict:
    """The ``complexity`` object of ``submit --json`` (see README: Complexity reports)."""
    params = request.params
    targets = {"time": Target.parse(request.time_target, params),
               "space": Target.parse(request.space_target, params)}
    claims = {"time": parse_claim(request.claim_time, params, request.time_target),
              "space": parse_claim(request.claim_space, params, request.space_target)}
    failure = measurement.failure
    notes: list[str] = []
    time_results = space_results = None
    diagonal_time = diagonal_space = None
    if failure is None:
        time_results = {s.parameter: classify_time(s) for s in measurement.series}
        space_results = {s.parameter: classify_space(s) for s in measurement.series}
        if measurement.diagonal is not None:
            diagonal_time, diagonal_space = _diagonal(measurement.diagonal, classify_time), _diagonal(
                measurement.diagonal, classify_space)
        diagonals = [r for r in (diagonal_time, diagonal_space) if r is not None]
        notes += list(dict.fromkeys(r.note for r in (*time_results.values(), *space_results.values(), *diagonals)
                                    if r.note))
        if not request.vectorized_expected and any(not p.wrapped for p in measurement.points) \
                and any(p.count for p in measurement.points):  # vectorized: wrapping is never asked for
            notes.append("the submission rejected the counting wrappers around its input; "
                         "comparisons done in C were not counted")
        if any(p.seeds > 1 for p in measurement.points):
            notes.append(f"the submission uses random numbers: each size was counted under "
                         f"{max(p.seeds for p in measurement.points)} seeds, and the mean is fitted")
    for series in measurement.series:
        if series.stop in ("run budget", "total budget"):
            notes.append(f"{series.parameter}: sizes stopped at {max(series.sizes, default=0)} "
                         f"({series.stop.replace('total budget', 'the report budget')})")
    vectorized = python_work = None
    if request.vectorized_expected and time_results is not None and all(r.count_fit for r in time_results.values()):
        counted = {n: cast(GrowthFit, r.count_fit).best for n, r in time_results.items()}  # all set, just checked
        vectorized = all(g is CONSTANT for g in counted.values())
        python_work = _written_as(counted, targets["time"].swept)
    return {
        "available": True,
        "parameters": list(params),
        "time": _axis_json(_Axis(time_results, diagonal_time, failure), targets["time"], claims["time"]),
        "space": _axis_json(_Axis(space_results, diagonal_space, failure), targets["space"], claims["space"]),
        "vectorized": vectorized,
        "python_work": python_work,
        "points": [p.to_json() for p in measurement.points],
        "notes": notes,
        "cost_s": measurement.cost_s,
    }


def claim_names(params: tuple[str, ...], target: str | None) -> tuple[str, ...]:
    """The names a claim may use: the size parameters, then the other names the target uses."""
    try:
        return params + (other_names(target, params) if target else ())
    except ExpressionError:
        return params


def parse_claim(text: str | None, params: tuple[str, ...], target: str | None = None) -> Expression | None:
    """A user's claim over the size parameters and the target's other names (ExpressionError with a one-line
    reason, naming the allowed names, when it cannot be read).  With one parameter and a target that names
    nothing else, a single unknown name is taken to mean the parameter (``O(len)`` for ``n``)."""
    if text is None:
        return None
    names = claim_names(params, target)
    try:
        return parse(text, names, lenient=len(names) == 1)
    except ExpressionError as exc:
        if "names" in str(exc) and len(names) > 1:
            unknown = [n for n in other_names(text, names)]
            raise ExpressionError(f"{text!r} names {', '.join(map(repr, unknown))}, but a claim here may use only "
                                  f"{', '.join(names)} (the size parameters and the names the target uses)") from None
        raise


def unavailable(reason: str) -> dict:
    return {"available": False, "reason": reason}


__all__ = ["build_report", "parse_claim", "unavailable", "ExpressionError", "ReportRequest"]
