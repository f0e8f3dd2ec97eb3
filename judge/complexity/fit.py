"""Choosing a growth class for measured points: non-negative fits on relative error, ranked by BIC.

For each class the model is a non-negative combination of a constant, the
class's defining function and, from ``n log n`` up, the next lower term that
real code carries along (``n`` beside ``n log n`` and ``n^2``; ``n^2`` beside
``n^2 log n`` and ``n^3``); ``2^n`` is ``c^n`` with its base fitted on a grid,
``n 2^n`` is ``n c^n`` the same way, ``n!`` and ``n n!`` have no free base.
Powers are written as falling factorials (``n(n-1)``), so that the negative
lower-order term of a triangular loop needs no negative coefficient.
Coefficients are found by exact non-negative least squares (every support is
tried: at most three columns) on *relative* residuals ``(fit - y) / y``, so a
point at n = 512 weighs as much as one at n = 262144.

Each point's residual is scaled by its noise, ``sigma = max(rel * y, abs)``:
the measurement's own precision, relative (counts are exact, CPU times are
not) and absolute (a count of 3 that becomes 6 because of one duplicate value
is not growth; nor is a microsecond of clock jitter).  Models are ranked by
the Bayesian information criterion on those scaled residuals,
``m ln(max(RSS/m, 1)) + k ln m``: below the noise, a better fit is not
evidence.  A model is the lower model in disguise, and is dropped, when its
defining term adds less than ``NEGLIGIBLE_SHARE`` of the fitted value at the
largest size beyond what the lower term could carry over the measured range:
``n^2 log n`` whose log factor moves the value 4% over 1.5 decades is ``n^2``
with a ``-n/2`` the non-negative fit could not express, and a "growth" of 3%
over two decades is a constant.
The best model's Akaike-style weight ``exp(-dBIC/2)`` (normalized) is the
confidence; when the runner-up is the next class and the confidence is below
``DISTINCT_ABOVE``, the two cannot be told apart and both are reported.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from judge.growth import CLASSES, Growth, adjacent, growth_value

NEGLIGIBLE_SHARE = 0.10
DISTINCT_ABOVE = 0.85
# 1.4 .. 4.0: a smaller base grows like a polynomial over the sizes an exponential solution reaches; 2 and 3
# exactly, the bases of subsets and of three-way choices, which n 2^n must meet without a rounding error
EXPONENTIAL_BASES = tuple(sorted({round(1.4 * (4.0 / 1.4) ** (i / 29), 4) for i in range(30)} | {2.0, 3.0}))
EXPONENTIAL_MAX_SIZE = 64  # beyond this no measured run can be exponential, and c^n overflows
SMALL_INT_END = 256  # CPython keeps one shared object for each int up to this
INT_SPREADS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
# A constant's counters hold about n / (table size) each: spreads below one.
CONSTANT_INT_SPREADS = (1 / 256, 1 / 128, 1 / 64, 1 / 32, 1 / 16, 1 / 8, 0.25, 0.5, 1.0)


def _companion(growth: Growth) -> str | None:
    # n 2^n and n n! carry their leaves' or inner nodes' 2^n and n! (a search tree visits e n! nodes besides
    # the n steps at each of its n! leaves).
    return {"n log n": "n", "n^2": "n", "n^2 log n": "n^2", "n^3": "n^2", "n 2^n": "2^n", "n n!": "n!"}.get(
        growth.key)


@dataclass
class ModelFit:
    growth: Growth
    coefficients: tuple[float, ...]  # for the columns (constant, [companion], defining term, [uncached ints])
    rms: float  # root mean square error, in units of the noise
    bic: float
    leading_share: float  # what the defining term adds over the range, as a share of the largest fitted value
    base: float | None = None  # the fitted base of c^n
    int_spread: float | None = None  # the uncached-int model's k (see ``uncached_ints``), when it was used
    leading_coefficient: float = 0.0  # the defining term's coefficient at the largest size (uncached ints included)

    @property
    def degenerate(self) -> bool:
        return self.growth.rank > 0 and self.leading_share < NEGLIGIBLE_SHARE


@dataclass
class GrowthFit:
    """The verdict on one series of points."""

    best: Growth
    confidence: float
    runner_up: Growth | None
    runner_up_weight: float
    weights: dict[str, float]
    fits: list[ModelFit] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        """Two adjacent classes the data cannot tell apart.

        Not when the lower one already fits within the noise: then the higher
        one's better fit is noise, and BIC's Occam factor (odds of about 3 to 1
        for one parameter fewer) is all that separates them; the lower is the answer.
        """
        if self.runner_up is None or not adjacent(self.best, self.runner_up) or self.confidence >= DISTINCT_ABOVE:
            return False
        best_fit = self.fit_for(self.best)
        return not (self.best < self.runner_up and best_fit is not None and best_fit.rms <= 1.0)

    @property
    def candidates(self) -> tuple[Growth, ...]:
        """The class, or the two adjacent classes it cannot be told from, lowest first."""
        if self.ambiguous and self.runner_up is not None:  # ambiguous only with a runner-up
            return tuple(sorted((self.best, self.runner_up)))
        return (self.best,)

    def label(self, param: str = "n") -> str:
        return " or ".join(g.label(param) for g in self.candidates)

    def fit_for(self, growth: Growth) -> ModelFit | None:
        return next((f for f in self.fits if f.growth is growth), None)


def uncached_ints(n: float, spread: float) -> float:
    """The share of computed ints above 256 (CPython caches -5..256) when their values spread over 0..spread*n."""
    return max(0.0, 1.0 - SMALL_INT_END / (spread * n)) if n > 0 else 0.0


def _columns(growth: Growth, n: float, base: float | None = None, spread: float | None = None) -> list[float]:
    columns = [1.0]
    if growth.rank == 0:
        # A fixed-size table of counters (26 letters, 50 values) whose counts pass 256: a step, not growth.
        return columns + ([uncached_ints(n, spread)] if spread is not None else [])
    companion = _companion(growth)
    if companion:
        columns.append(growth_value(next(g for g in CLASSES if g.key == companion), n))
    # Pure powers are written as falling factorials, n(n-1) and n(n-1)(n-2): what loops over distinct
    # indices count.  With the non-negative lower term beside it this still covers n^2 itself, and it
    # also covers the n^2/2 - n/2 of a triangular loop, which a non-negative fit of n^2 could not.
    defining = {"n^2": n * (n - 1), "n^3": n * (n - 1) * (n - 2)}.get(growth.key) if n >= 2 else None
    if defining is None:
        defining = growth_value(growth, n, base or 2.0)
    columns.append(defining)
    if spread is not None:
        columns.append(defining * uncached_ints(n, spread))
    return columns


def nnls(rows: list[list[float]], target: list[float]) -> tuple[list[float], float]:
    """Exact non-negative least squares for a handful of columns: the best feasible support.

    Columns are scaled to unit norm first (n^3 and 1 differ by 15 orders of
    magnitude); returns the coefficients in the original scale and the RSS.
    """
    width = len(rows[0])
    norms = [_norm([r[j] for r in rows]) or 1.0 for j in range(width)]
    scaled = [[r[j] / norms[j] for j in range(width)] for r in rows]
    best_coef, best_rss = [0.0] * width, sum(t * t for t in target)
    for size in range(1, width + 1):
        for support in combinations(range(width), size):
            solved = _least_squares([[r[j] for j in support] for r in scaled], target)
            if solved is None or min(solved) < -1e-12:
                continue
            coef = [0.0] * width
            for j, c in zip(support, solved):
                coef[j] = max(c, 0.0)
            rss = sum((sum(s[j] * coef[j] for j in range(width)) - t) ** 2 for s, t in zip(scaled, target))
            if rss < best_rss - 1e-15:
                best_coef, best_rss = coef, rss
    return [c / norms[j] for j, c in enumerate(best_coef)], best_rss


def _norm(values: list[float]) -> float:
    largest = max(abs(v) for v in values)
    if largest == 0 or not math.isfinite(largest):
        return largest
    return largest * math.sqrt(sum((v / largest) ** 2 for v in values))


def _least_squares(rows: list[list[float]], target: list[float]) -> list[float] | None:
    """Solve the normal equations by Gaussian elimination with partial pivoting; None when singular."""
    k = len(rows[0])
    a = [[sum(r[i] * r[j] for r in rows) for j in range(k)] + [sum(r[i] * t for r, t in zip(rows, target))]
         for i in range(k)]
    for col in range(k):
        pivot = max(range(col, k), key=lambda i: abs(a[i][col]))
        if abs(a[pivot][col]) < 1e-13:
            return None
        a[col], a[pivot] = a[pivot], a[col]
        for i in range(col + 1, k):
            factor = a[i][col] / a[col][col]
            for j in range(col, k + 1):
                a[i][j] -= factor * a[col][j]
    solution = [0.0] * k
    for i in reversed(range(k)):
        solution[i] = (a[i][k] - sum(a[i][j] * solution[j] for j in range(i + 1, k))) / a[i][i]
    return solution


@dataclass(frozen=True)
class Noise:
    """A measurement's precision: relative, and an absolute floor in its own unit."""

    rel: float
    abs: float = 0.0

    def sigma(self, y: float) -> float:
        return max(self.rel * abs(y), self.abs, 1e-300)


def fit_columns(column_rows: list[list[float]], ys: list[float], noise: Noise,
                basis: list[float] | None = None) -> tuple[list[float], float, float]:
    """Fit ``y ~ columns @ c`` with c >= 0, residuals in units of the noise: (coefficients, rms in sigmas, bic).

    The noise of each point is ``noise.sigma`` of its ``basis`` value (default:
    the value itself), for quantities only part of which is noisy.
    """
    m = len(ys)
    sigmas = [noise.sigma(b) for b in (basis if basis is not None else ys)]
    rows = [[v / s for v in row] for row, s in zip(column_rows, sigmas)]
    coef, rss = nnls(rows, [y / s for y, s in zip(ys, sigmas)])
    rms = math.sqrt(rss / m)
    bic = m * math.log(max(rss / m, 1.0)) + len(column_rows[0]) * math.log(m)
    return coef, rms, bic


@dataclass(frozen=True)
class FitOptions:
    """How to fit one series besides its points and noise (see ``fit_growth``)."""

    penalties: dict | None = None
    basis: list[float] | None = None
    int_cache: bool = False
    min_coefficient: float = 0.0


@dataclass(frozen=True)
class _Points:
    """One series to fit: sizes, values, their noise, and what the noise is relative to."""

    sizes: list
    ys: list
    noise: Noise
    basis: list[float] | None = None


def _fit_model(growth: Growth, points: _Points, int_cache: bool) -> ModelFit | None:
    if growth.exponential or growth.factorial:
        if max(points.sizes) > EXPONENTIAL_MAX_SIZE:
            return None
        if growth.factorial:
            return _fit_one(points, growth)
        candidates = [_fit_one(points, growth, base=b) for b in EXPONENTIAL_BASES]
        best = min(candidates, key=lambda f: f.bic)
        best.bic += math.log(len(points.ys))  # the base is a fitted parameter too
        return best
    best = _fit_one(points, growth)
    if int_cache:
        for spread in INT_SPREADS if growth.power >= 1 else CONSTANT_INT_SPREADS:
            fit = _fit_one(points, growth, spread=spread)
            if fit.bic < best.bic:
                best = fit
    return best


def _fit_one(points: _Points, growth: Growth, base: float | None = None, spread: float | None = None) -> ModelFit:
    sizes, ys = points.sizes, points.ys
    column_rows = [_columns(growth, n, base, spread) for n in sizes]
    coef, rms, bic = fit_columns(column_rows, ys, points.noise, points.basis)
    top, bottom = sizes.index(max(sizes)), sizes.index(min(sizes))
    total = sum(c * v for c, v in zip(coef, column_rows[top]))
    # What the defining term (with its uncached ints) adds at the top, beyond the lower term (the constant, or
    # the companion) scaled to match it at the bottom: what this model explains that the lower one could not.
    first_defining = 2 if len(coef) >= 3 and _companion(growth) else 1
    lower = column_rows[top][first_defining - 1] / column_rows[bottom][first_defining - 1] \
        if column_rows[bottom][first_defining - 1] > 0 else 0.0
    excess = sum(coef[j] * (column_rows[top][j] - lower * column_rows[bottom][j])
                 for j in range(first_defining, len(coef)))
    share = excess / total if total > 0 else 0.0
    leading = 0.0
    if growth.rank > 0:
        leading = coef[first_defining]
        if spread is not None:
            leading += coef[first_defining + 1] * uncached_ints(sizes[top], spread)
    return ModelFit(growth, tuple(coef), rms, bic + (math.log(len(ys)) if spread is not None else 0.0), share,
                    base, spread, leading)


def fit_growth(sizes: Sequence[float], ys: list[float], noise: Noise,
               options: FitOptions = FitOptions()) -> GrowthFit:
    """Choose the growth class of ``ys`` over ``sizes`` (non-negative; at least three distinct sizes).

    ``options.penalties`` adds BIC units to some classes: a prior against classes the
    quantity rarely has (log factors in space), so they win only on strong
    evidence.  ``basis`` is what the noise is relative to (default ``ys``).
    ``int_cache`` lets each class also carry CPython's cached small ints: a
    term ``g(n) * uncached_ints(n, k)`` for the int objects that computed values
    above 256 need and values below do not, with ``k`` chosen on a grid.
    ``min_coefficient`` drops a growing model whose defining term's coefficient
    is smaller than the quantity can physically have (space: no structure
    stores a cell in less than a bit), however well it bends to fit.
    """
    if len(sizes) != len(ys) or len(set(sizes)) < 3:
        raise ValueError("a growth fit needs at least three distinct sizes")
    if not all(y >= 0 and math.isfinite(y) for y in ys):
        raise ValueError("a growth fit needs non-negative finite values")
    points = _Points(list(sizes), list(ys), noise, options.basis)
    fits = [f for f in (_fit_model(g, points, options.int_cache) for g in CLASSES) if f is not None]
    usable = [f for f in fits
              if not f.degenerate and (f.growth.rank == 0 or f.leading_coefficient >= options.min_coefficient)]
    return choose({f.growth: f.bic + (options.penalties or {}).get(f.growth, 0.0) for f in usable}, fits)


def weights_of(bics: dict) -> dict:
    """Akaike-style weights exp(-dBIC/2), normalized, for models keyed by anything."""
    low = min(bics.values())
    raw = {k: math.exp(-(b - low) / 2) for k, b in bics.items()}
    total = sum(raw.values())
    return {k: v / total for k, v in raw.items()}


def choose(bics: dict, fits: list | None = None) -> GrowthFit:
    """The GrowthFit for classes with these BICs: best, runner-up, weights."""
    weights = weights_of(bics)
    ranked = sorted(weights, key=lambda g: (-weights[g], g.rank))
    best = ranked[0]
    runner = ranked[1] if len(ranked) > 1 else None
    return GrowthFit(best=best, confidence=weights[best], runner_up=runner,
                     runner_up_weight=weights[runner] if runner else 0.0,
                     weights={g.key: w for g, w in weights.items()}, fits=list(fits or []))
