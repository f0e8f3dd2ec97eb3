"""Cases for moving-average: float64 in, n - w + 1 window means out; compared within tolerances."""

import numpy as np


def _a(values):
    return np.array(values, dtype=np.float64)


EXAMPLES = [
    {"args": [_a([1, 2, 3, 4, 5]), 3], "expected": _a([2, 3, 4]),
     "explanation": "The windows are [1, 2, 3], [2, 3, 4] and [3, 4, 5]: 5 - 3 + 1 = 3 means."},
    {"args": [_a([1, 2]), 2], "expected": _a([1.5]), "explanation": "One window covering everything."},
]


def hidden_cases():
    rng = np.random.default_rng(14)
    cases = [
        {"tags": ["single"], "args": [_a([5]), 1], "expected": _a([5])},
        {"tags": ["window-1"], "args": [_a([3, -1, 2.5]), 1], "expected": _a([3, -1, 2.5])},
        {"tags": ["whole-array"], "args": [_a([1, 2, 3, 4]), 4], "expected": _a([2.5])},
        {"tags": ["fractional"], "args": [_a([1, 2, 3, 4]), 2], "expected": _a([1.5, 2.5, 3.5])},
        {"tags": ["fractional"], "args": [_a([0, 0, 1]), 3], "expected": _a([1 / 3])},
        {"tags": ["negative"], "args": [_a([-4, -2, 0, 2]), 2], "expected": _a([-3, -1, 1])},
        {"tags": ["negative", "fractional"], "args": [_a([-1, -2, -4]), 2], "expected": _a([-1.5, -3])},
        {"tags": ["alternating", "zero"], "args": [_a([1, -1, 1, -1]), 2], "expected": _a([0, 0, 0])},
        {"tags": ["all-equal"], "args": [_a([7] * 6), 4], "expected": _a([7, 7, 7])},
        {"tags": ["zero"], "args": [np.zeros(5), 3], "expected": np.zeros(3)},
        {"tags": ["extreme-values"], "args": [_a([1000, -1000, 1000, 1000]), 2], "expected": _a([0, 0, 1000])},
        {"tags": ["first-window"], "args": [_a([10, 0, 0, 0, 0]), 2], "expected": _a([5, 0, 0, 0])},
        {"tags": ["last-window"], "args": [_a([0, 0, 0, 0, 10]), 2], "expected": _a([0, 0, 0, 5])},
        {"tags": ["whole-array", "single"], "args": [_a([-2.5]), 1], "expected": _a([-2.5])},
        {"tags": ["window-n-minus-1"], "args": [_a([1, 2, 3, 4, 5, 6]), 5], "expected": _a([3, 4])},
    ]
    cases.append({"tags": ["random"], "args": [rng.uniform(-10, 10, 20), 4]})
    cases.append({"tags": ["random", "window-1"], "args": [rng.uniform(-1000, 1000, 500), 1]})
    cases.append({"tags": ["random", "whole-array"], "args": [rng.uniform(-1000, 1000, 777), 777]})
    cases.append({"tags": ["random", "integer-valued"], "args": [rng.integers(-50, 51, 1000).astype(np.float64), 7]})
    cases.append({"tags": ["random"], "args": [rng.normal(0, 100, 5000), 250]})
    cases.append({"tags": ["random", "trend"], "args": [np.linspace(-1000, 1000, 3001), 1000]})
    cases.append({"tags": ["random", "small-values"], "args": [rng.uniform(-1e-3, 1e-3, 2000) + 1000 * (rng.random(2000) < 0.01), 10]})

    # Max size: n = 100_000. With w = n / 2 there are 50_000 windows of 50_000 entries:
    # summing each costs 2.5 * 10^9 additions; running sums cost 10^5.
    n = 100_000
    cases.append({"tags": ["max-size", "long-window"], "args": [rng.uniform(-1000, 1000, n), n // 2]})
    cases.append({"tags": ["max-size", "long-window", "positive"], "args": [rng.uniform(0, 1000, n), 40_000]})
    cases.append({"tags": ["max-size", "window-1"], "args": [rng.uniform(-1000, 1000, n), 1]})
    cases.append({"tags": ["max-size", "whole-array"], "args": [rng.normal(0, 300, n), n]})
    cases.append({"tags": ["max-size"], "args": [rng.normal(0, 300, n), 1000]})
    return cases
