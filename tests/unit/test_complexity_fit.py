"""Fitting growth classes: exact non-negative least squares, BIC with a noise floor, honest ambiguity."""

import math
import random

import pytest

from judge.complexity.fit import FitOptions, Noise, fit_growth, nnls, uncached_ints
from judge.complexity.report import SPACE_PRIOR
from judge.growth import BY_KEY

SIZES = [256 * 2 ** k for k in range(9)]
EXACT = Noise(rel=0.05, abs=0.5)  # the count's noise model
TIMING = Noise(rel=0.05, abs=1e-6)

CURVES = {
    "1": lambda n: 7,
    "log n": lambda n: 3 * math.log2(n) + 4,
    "n": lambda n: 3.5 * n + 20,
    "n log n": lambda n: 0.5 * n * math.log2(n) + 0.8 * n,
    "n^2": lambda n: n * (n - 1) / 2 + 2 * n,  # a triangular loop: n^2/2 - n/2, and its outer loop
    "n^2 log n": lambda n: n * n * math.log2(n) / 2 + n * n,
    "n^3": lambda n: n ** 3 / 6 + n * n,
}


def test_nnls_meets_the_optimality_conditions():
    # Non-negative least squares is convex: c is optimal iff the gradient A'(Ac - b) is zero where c > 0
    # and non-negative where c = 0 (KKT).
    rng = random.Random(5)
    for _ in range(200):
        rows = [[1.0, rng.uniform(0, 5), rng.uniform(-2, 5)] for _ in range(8)]
        target = [rng.uniform(-3, 10) for _ in range(8)]
        coef, rss = nnls(rows, target)
        residual = [sum(r[j] * coef[j] for j in range(3)) - t for r, t in zip(rows, target)]
        assert rss == pytest.approx(sum(x * x for x in residual), rel=1e-9, abs=1e-9)
        for j in range(3):
            gradient = sum(r[j] * x for r, x in zip(rows, residual))
            assert coef[j] >= 0
            if coef[j] > 1e-9:
                assert abs(gradient) < 1e-6
            else:
                assert gradient > -1e-6


@pytest.mark.parametrize("key", sorted(CURVES))
def test_exact_counts_get_their_class_with_confidence(key):
    sizes = SIZES if BY_KEY[key].power < 2 else [8 * 2 ** k for k in range(8)]
    fit = fit_growth(sizes, [CURVES[key](n) for n in sizes], EXACT)
    assert fit.best.key == key and not fit.ambiguous
    assert fit.confidence > 0.7


def test_exponential_growth_over_small_sizes():
    sizes = [1, 2, 3, 4, 6, 8, 11, 16]
    fit = fit_growth(sizes, [1.618 ** n + 3 for n in sizes], EXACT)
    assert fit.best.key == "2^n"


def test_n_and_n_log_n_are_told_apart_by_exact_counts():
    # Patience sorting's count (one step and log2 comparisons per item) against a heavier linear loop.
    assert fit_growth(SIZES, [n + n * math.log2(n) for n in SIZES], EXACT).best.key == "n log n"
    assert fit_growth(SIZES, [40 * n + 7 for n in SIZES], EXACT).best.key == "n"


def test_a_stray_step_on_a_constant_is_not_growth():
    counts = [9] * 8 + [10]  # one extra comparison at the largest size
    assert fit_growth(SIZES, counts, EXACT).best.key == "1"


def test_a_lower_class_within_the_noise_is_not_called_ambiguous():
    # A linear count whose slope shifts by 50% between small and large sizes (a generator's shape change).
    counts = [2.0 * n + 500 if n < 512 else 3.0 * n + 256 for n in SIZES]
    fit = fit_growth(SIZES, counts, EXACT)
    assert fit.label() == "O(n)"


def test_adjacent_classes_the_data_cannot_separate_are_both_reported():
    # Halfway between n and n log n, with 5% noise on a time: no honest single answer.
    rng = random.Random(3)
    hits = 0
    for _ in range(20):
        ys = [n * math.log2(n) ** 0.5 * (1 + 0.05 * rng.gauss(0, 1)) for n in SIZES]
        fit = fit_growth(SIZES, ys, TIMING)
        hits += fit.label() in ("O(n) or O(n log n)", "O(n log n)", "O(n)")
    assert hits == 20


def test_quadratic_against_linear_survives_timing_noise():
    rng = random.Random(7)
    sizes = [16 * 2 ** k for k in range(8)]
    for _ in range(50):
        quad = [(3e-9 * n * n + 2e-6) * (1 + abs(rng.gauss(0, 0.05))) for n in sizes]
        lin = [(5e-8 * n + 2e-6) * (1 + abs(rng.gauss(0, 0.05))) for n in sizes]
        assert fit_growth(sizes, quad, TIMING).best.key == "n^2"
        assert fit_growth(sizes, lin, TIMING).best.key == "n"


def test_scale_does_not_matter():
    for scale in (1e-9, 1.0, 1e9):
        fit = fit_growth(SIZES, [scale * (n * math.log2(n) + n) for n in SIZES], Noise(rel=0.05))
        assert fit.best.key == "n log n"


def test_cached_small_ints_do_not_read_as_a_higher_class():
    # A list of n computed lengths: 8 bytes a slot, plus 32 for each int above 256 (CPython caches the rest).
    sizes = [16, 23, 32, 45, 64, 128, 256, 512]
    space = [700 + 8 * n + 32 * n * uncached_ints(n, 1.0) for n in sizes]
    noise = Noise(rel=0.10, abs=128)
    assert fit_growth(sizes, space, noise, FitOptions(SPACE_PRIOR, int_cache=True)).best.key == "n"
    assert fit_growth(sizes, space, noise, FitOptions(SPACE_PRIOR, int_cache=False)).best.key != "n"


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        fit_growth([1, 2], [1, 2], EXACT)
    with pytest.raises(ValueError):
        fit_growth([1, 2, 4], [1, float("nan"), 3], EXACT)
    with pytest.raises(ValueError):
        fit_growth([1, 2, 4], [1, -1, 3], EXACT)


@pytest.mark.parametrize("key, curve", [
    ("2^n", lambda n: 3 * 2 ** n + 10),
    ("n 2^n", lambda n: n * 2 ** n + 4 * 2 ** n),  # subsets, each copied out: n 2^n plus the leaves 2^n
    ("n!", lambda n: 2 * math.factorial(n) + 5),
    ("n n!", lambda n: n * math.factorial(n) + 3 * math.factorial(n)),  # permutations, each copied out
    ("n n!", lambda n: n * math.factorial(n) + 2.718 * math.factorial(n)),  # and the e n! inner nodes
])
def test_exponential_and_factorial_classes_on_a_small_ladder(key, curve):
    sizes = [4, 5, 6, 7, 8, 9, 10, 11] if "!" in key else [4, 6, 8, 10, 12, 14, 16, 18]
    fit = fit_growth(sizes, [curve(n) for n in sizes], EXACT)
    assert fit.best.key == key, fit.weights


def test_polynomial_counts_on_a_small_ladder_are_not_called_exponential():
    sizes = [4, 6, 8, 10, 12, 14, 16, 18]
    assert fit_growth(sizes, [n ** 3 / 6 + n * n for n in sizes], EXACT).best.key == "n^3"
