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

from judge.complexity import plan
from judge.complexity.fit import GrowthFit, Noise, choose, fit_columns, fit_growth
from judge.complexity.measure import Measurement, Series
from judge.growth import (
    CONSTANT,
    CUBIC,
    EXPONENTIAL,
    LINEAR,
    LINEARITHMIC,
    QUADRATIC,
    QUADRATIC_LOG,
    Expression,
    ExpressionError,
    Growth,
    growth_value,
    parse,
    render,
)

# Counts are exact, but the models omit lower-order terms, and a worst-case input's shape may shift with its size.
COUNT_NOISE = Noise(rel=0.05, abs=0.5)
TIME_NOISE = Noise(rel=0.10, abs=1e-6)  # least-of-repeats CPU time on a shared, loaded machine; clock jitter
SPACE_NOISE = Noise(rel=0.10, abs=128.0)  # bytes: an int of 28 or 32 bytes, over-allocation, table doubling
# Bytes per unit of a space class's defining term: a bitset's eighth of a byte, halved for a triangle.  A fit
# that needs less (0.005 bytes per n^2) is bending a linear curve, not finding a table.
SPACE_MIN_COEFFICIENT = 1 / 16
SPACE_PRIOR = {LINEARITHMIC: 6.0, QUADRATIC_LOG: 6.0, CUBIC: 6.0, EXPONENTIAL: 6.0}
HIDDEN_CLASSES = (LINEAR, QUADRATIC, CUBIC)
HIDDEN_SHARE = 0.5
CACHE_STEP_MAX = 1.5  # the step adds at most 1.5x its term: memory costs 2.5x what L2 does here (measured)
HIDDEN_SLOPE = 0.35
HIDDEN_WORK_MARGIN = 10.0  # BIC units: e^5 odds that time is not proportional to the count
MIN_CONFIDENCE = 0.6  # below this a status is not given


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
    cache (measured here: 0.85 ns an element in L2, 2.1 ns from memory), which
    over the top doublings of a sweep looks like a higher power.  So each model
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


def hidden_work(sizes: list[int], counts: list[float], times: list[float], count_power: int) -> GrowthFit | None:
    """The class of work CPU time sees and the count does not, or None when time is explained by the count."""
    top = sizes.index(max(sizes))
    if count_power > 0 and _top_slope(sizes, [t / max(c, 1.0) for t, c in zip(times, counts)]) < HIDDEN_SLOPE:
        return None
    # A constant count gets no cache step: a fixed number of Python steps cannot outgrow a cache; only the
    # C work they start on the input can, and that is the hidden work looked for.
    null_bic = _time_model(sizes, counts, times, None, steps=count_power > 0)[0]
    bics = {}
    for growth in HIDDEN_CLASSES:
        if growth.power <= count_power:
            continue
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
    count_fit = fit_growth(sizes, counts, COUNT_NOISE)
    time_fit = fit_growth(sizes, times, TIME_NOISE)
    hidden = hidden_work(sizes, counts, times, max(g.power for g in count_fit.candidates))
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
    fit = fit_growth([p.size for p in points], values, SPACE_NOISE, SPACE_PRIOR, basis=heap, int_cache=True,
                     min_coefficient=SPACE_MIN_COEFFICIENT)
    return AxisResult(fit, "space")


def _status(results: dict[str, AxisResult], target: dict[str, Growth]) -> str:
    verdicts = []
    for name, result in results.items():
        if not result.fit or result.confidence < MIN_CONFIDENCE:
            verdicts.append("unknown")
            continue
        limit = target[name]
        if all(g <= limit for g in result.candidates):
            verdicts.append("ok")
        elif all(limit < g for g in result.candidates):
            verdicts.append("worse")
        else:
            verdicts.append("unknown")
    if "worse" in verdicts:
        return "suboptimal"
    return "optimal" if all(v == "ok" for v in verdicts) else "inconclusive"


def _written_as(classes: dict[str, Growth], target: Expression) -> str:
    """Per-parameter classes as one string: the target's own text when they are its classes."""
    return target.text if classes == target.classes else render(classes)


def _measured_strings(results: dict[str, AxisResult], target: Expression) -> list[str]:
    """Every reading the measurement allows, lowest first; the target's text when it matches exactly."""
    names = list(results)
    options = [results[n].candidates for n in names]
    strings = []
    for combo in product(*options):
        strings.append(_written_as(dict(zip(names, combo)), target))
    return strings


def _claim_verdict(claim: Expression, results: dict[str, AxisResult], status: str, measured: str | None) -> dict:
    wanted = claim.classes
    if status == "inconclusive" and any(not r.fit for r in results.values()):
        return {"claimed": claim.text, "verdict": "inconclusive", "message": "the measurement was inconclusive"}
    matches = all(wanted[n] in r.candidates for n, r in results.items())
    exact = matches and all(len(r.candidates) == 1 for r in results.values())
    if exact and all(r.confidence >= MIN_CONFIDENCE for r in results.values()):
        return {"claimed": claim.text, "verdict": "confirmed", "message": f"measured {measured}, as claimed"}
    if matches:
        return {"claimed": claim.text, "verdict": "inconclusive",
                "message": f"measured {measured}: consistent with the claim, but not decisive"}
    higher = any(all(wanted[n] < g for g in r.candidates) for n, r in results.items())
    lower = any(all(g < wanted[n] for g in r.candidates) for n, r in results.items())
    if higher:
        why = "it grows faster than claimed"
    elif lower:
        why = "the claim is not tight: it grows more slowly than that"
    else:
        why = "it grows differently"
    return {"claimed": claim.text, "verdict": "refuted", "message": f"measured {measured}: {why}"}


def _axis_json(results: dict[str, AxisResult] | None, target: Expression, claim: Expression | None,
               failure: str | None) -> dict:
    if results is None:
        out: dict[str, Any] = {"measured": None, "target": target.text, "status": "inconclusive", "confidence": 0.0,
               "runner_up": None, "signal": None, "by_parameter": {}, "reason": failure}
        if claim is not None:
            out["claim"] = {"claimed": claim.text, "verdict": "inconclusive", "message": failure}
        return out
    status = _status(results, target.classes)
    decided = all(r.fit for r in results.values())
    measured = " or ".join(_measured_strings(results, target)) if decided else None
    confidence = round(min(r.confidence for r in results.values()), 3)
    runner_ups = {n: r.fit.runner_up for n, r in results.items() if r.fit and r.fit.runner_up}
    runner = None
    if runner_ups and decided:
        # The runner-up of the least certain parameter, written as a whole expression.
        weakest = min(runner_ups, key=lambda n: results[n].confidence)
        classes = {n: cast(GrowthFit, results[n].fit).best for n in results}  # decided: every fit is set
        classes[weakest] = runner_ups[weakest]
        runner = _written_as(classes, target)
    out = {
        "measured": measured,
        "target": target.text,
        "status": status,
        "confidence": confidence,
        "runner_up": runner,
        "signal": "+".join(sorted({r.signal for r in results.values()})),
        "by_parameter": {n: {"measured": r.fit.label(n) if r.fit else None,
                             "target": target.classes[n].label(n),
                             "confidence": round(r.confidence, 3),
                             "runner_up": r.fit.runner_up.label(n) if r.fit and r.fit.runner_up else None,
                             "signal": r.signal} for n, r in results.items()},
    }
    if claim is not None:
        out["claim"] = _claim_verdict(claim, results, status, measured)
    return out


def build_report(measurement: Measurement, params: tuple[str, ...], time_target: str, space_target: str,
                 vectorized_expected: bool, claim_time: str | None = None, claim_space: str | None = None) -> dict:
    """The ``complexity`` object of ``submit --json`` (see README: Complexity reports)."""
    targets = {"time": parse(time_target, params, constants=True),
               "space": parse(space_target, params, constants=True)}
    claims = {"time": parse_claim(claim_time, params), "space": parse_claim(claim_space, params)}
    failure = measurement.failure
    notes: list[str] = []
    time_results = space_results = None
    if failure is None:
        time_results = {s.parameter: classify_time(s) for s in measurement.series}
        space_results = {s.parameter: classify_space(s) for s in measurement.series}
        notes += list(dict.fromkeys(r.note for r in (*time_results.values(), *space_results.values()) if r.note))
        if not vectorized_expected and any(not p.wrapped for p in measurement.points) \
                and any(p.count for p in measurement.points):  # vectorized: wrapping is never asked for
            notes.append("the submission rejected the counting wrappers around its input; "
                         "comparisons done in C were not counted")
    for series in measurement.series:
        if series.stop in ("run budget", "total budget"):
            notes.append(f"{series.parameter}: sizes stopped at {max(series.sizes, default=0)} "
                         f"({series.stop.replace('total budget', 'the report budget')})")
    vectorized = python_work = None
    if vectorized_expected and time_results is not None and all(r.count_fit for r in time_results.values()):
        counted = {n: cast(GrowthFit, r.count_fit).best for n, r in time_results.items()}  # all set, just checked
        vectorized = all(g is CONSTANT for g in counted.values())
        python_work = _written_as(counted, targets["time"])
    return {
        "available": True,
        "parameters": list(params),
        "time": _axis_json(time_results, targets["time"], claims["time"], failure),
        "space": _axis_json(space_results, targets["space"], claims["space"], failure),
        "vectorized": vectorized,
        "python_work": python_work,
        "points": [p.to_json() for p in measurement.points],
        "notes": notes,
        "cost_s": measurement.cost_s,
    }


def parse_claim(text: str | None, params: tuple[str, ...]) -> Expression | None:
    """A user's claim, parsed (ExpressionError with a one-line reason when it cannot be read)."""
    if text is None:
        return None
    return parse(text, params, lenient=True)


def unavailable(reason: str) -> dict:
    return {"available": False, "reason": reason}


__all__ = ["build_report", "parse_claim", "unavailable", "ExpressionError"]
