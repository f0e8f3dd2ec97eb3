"""Cases for scatter-add: int64 indices and float64 values in, `size` float64 sums out."""

import numpy as np


def _i(values):
    return np.array(values, dtype=np.int64)


def _f(values):
    return np.array(values, dtype=np.float64)


EXAMPLES = [
    {"args": [_i([0, 2, 0]), _f([1.5, 2, 4]), 4], "expected": _f([5.5, 0, 2, 0]),
     "explanation": "Slot 0 gets 1.5 + 4; slot 2 gets 2; slots 1 and 3 get nothing but are still returned."},
    {"args": [_i([1, 1, 1]), _f([1, 2, 3]), 2], "expected": _f([0, 6]),
     "explanation": "Every repeat of index 1 adds: 1 + 2 + 3 = 6."},
]


def hidden_cases():
    rng = np.random.default_rng(15)
    cases = [
        {"tags": ["single"], "args": [_i([0]), _f([2.5]), 1], "expected": _f([2.5])},
        {"tags": ["empty"], "args": [_i([]), _f([]), 3], "expected": _f([0, 0, 0])},
        {"tags": ["duplicates"], "args": [_i([2, 2]), _f([1, 1]), 3], "expected": _f([0, 0, 2])},
        {"tags": ["duplicates", "all-same"], "args": [_i([0, 0, 0, 0]), _f([1, -2, 3, 0.5]), 1], "expected": _f([2.5])},
        {"tags": ["unused-tail"], "args": [_i([0, 1]), _f([3, 4]), 5], "expected": _f([3, 4, 0, 0, 0])},
        {"tags": ["unused-head"], "args": [_i([4, 3]), _f([3, 4]), 5], "expected": _f([0, 0, 0, 4, 3])},
        {"tags": ["negative"], "args": [_i([1, 0, 1]), _f([-1, -2, -3]), 2], "expected": _f([-2, -4])},
        {"tags": ["cancellation", "zero"], "args": [_i([1, 1, 0]), _f([5, -5, 0]), 2], "expected": _f([0, 0])},
        {"tags": ["permutation"], "args": [_i([2, 0, 1]), _f([10, 20, 30]), 3], "expected": _f([20, 30, 10])},
        {"tags": ["sorted", "duplicates"], "args": [_i([0, 0, 1, 1, 1, 3]), _f([1, 1, 1, 1, 1, 1]), 4],
         "expected": _f([2, 3, 0, 1])},
        {"tags": ["reversed", "duplicates"], "args": [_i([3, 3, 2, 1, 1, 0]), _f([1, 2, 3, 4, 5, 6]), 4],
         "expected": _f([6, 9, 3, 3])},
        {"tags": ["fractional"], "args": [_i([0, 0, 0]), _f([0.1, 0.2, 0.3]), 2], "expected": _f([0.6, 0])},
        {"tags": ["extreme-values"], "args": [_i([1, 1, 1]), _f([1000, 1000, -1000]), 3], "expected": _f([0, 1000, 0])},
        {"tags": ["empty", "single"], "args": [_i([]), _f([]), 1], "expected": _f([0])},
        {"tags": ["first-and-last"], "args": [_i([5, 0, 5, 0]), _f([1, 2, 4, 8]), 6], "expected": _f([10, 0, 0, 0, 0, 5])},
    ]
    cases.append({"tags": ["random", "duplicates"], "args": [rng.integers(0, 5, 30), rng.uniform(-10, 10, 30), 5]})
    cases.append({"tags": ["random", "unused-tail"], "args": [rng.integers(0, 50, 200), rng.uniform(-1000, 1000, 200), 80]})
    cases.append({"tags": ["random", "sparse"], "args": [rng.integers(0, 10_000, 100), rng.normal(0, 100, 100), 10_000]})
    cases.append({"tags": ["random", "dense"], "args": [rng.integers(0, 10, 5000), rng.normal(0, 100, 5000), 10]})
    cases.append({"tags": ["random", "permutation"], "args": [rng.permutation(1000), rng.uniform(-1000, 1000, 1000), 1000]})
    cases.append({"tags": ["random", "sorted"], "args": [np.sort(rng.integers(0, 300, 2000)), rng.uniform(-5, 5, 2000), 300]})
    idx = rng.integers(0, 40, 500)
    cases.append({"tags": ["random", "cancellation"], "args": [np.concatenate([idx, idx]),
                                                              np.concatenate([v := rng.uniform(-1000, 1000, 500), -v]), 40]})

    # Max size: n = size = 100_000. Scanning all indices for each slot is 10^10 comparisons.
    n = 100_000
    cases.append({"tags": ["max-size", "random"], "args": [rng.integers(0, n, n), rng.uniform(-1000, 1000, n), n]})
    cases.append({"tags": ["max-size", "duplicates", "unused-tail"],
                  "args": [rng.integers(0, n // 100, n), rng.uniform(-1000, 1000, n), n]})
    cases.append({"tags": ["max-size", "all-same"], "args": [np.full(n, 7, dtype=np.int64), rng.uniform(-1, 1, n), n]})
    return cases
