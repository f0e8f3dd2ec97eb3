"""Cases for confusion-matrix: two int64 label arrays in, a (C, C) integer count matrix out (rows = true)."""

import numpy as np


def _i(values):
    return np.array(values, dtype=np.int64)


EXAMPLES = [
    {"args": [_i([0, 1, 2, 2]), _i([0, 2, 2, 1]), 3], "expected": _i([[1, 0, 0], [0, 0, 1], [0, 1, 1]]),
     "explanation": "Example 1 is class 1 predicted as 2: M[1, 2] = 1. Class 2 is predicted once as 2, once as 1."},
    {"args": [_i([1, 1, 1]), _i([1, 1, 0]), 4],
     "expected": _i([[0, 0, 0, 0], [1, 2, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]),
     "explanation": "Repeated pairs add up; classes 2 and 3 never occur but still get a row and a column."},
]


def hidden_cases():
    rng = np.random.default_rng(18)
    cases = [
        {"tags": ["single"], "args": [_i([0]), _i([0]), 1], "expected": _i([[1]])},
        {"tags": ["empty"], "args": [_i([]), _i([]), 3], "expected": np.zeros((3, 3), dtype=np.int64)},
        {"tags": ["orientation"], "args": [_i([0]), _i([1]), 2], "expected": _i([[0, 1], [0, 0]])},
        {"tags": ["orientation"], "args": [_i([2, 0]), _i([0, 1]), 3], "expected": _i([[0, 1, 0], [0, 0, 0], [1, 0, 0]])},
        {"tags": ["duplicates"], "args": [_i([1, 1, 1, 1]), _i([0, 0, 0, 1]), 2], "expected": _i([[0, 0], [3, 1]])},
        {"tags": ["perfect"], "args": [_i([0, 1, 2, 3, 4]), _i([0, 1, 2, 3, 4]), 5], "expected": np.eye(5, dtype=np.int64)},
        {"tags": ["all-wrong"], "args": [_i([0, 1, 2]), _i([1, 2, 0]), 3], "expected": _i([[0, 1, 0], [0, 0, 1], [1, 0, 0]])},
        {"tags": ["unused-classes"], "args": [_i([0, 0]), _i([1, 0]), 4],
         "expected": _i([[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])},
        {"tags": ["unused-classes", "last-class"], "args": [_i([3, 3, 1]), _i([3, 1, 1]), 5],
         "expected": _i([[0] * 5, [0, 1, 0, 0, 0], [0] * 5, [0, 1, 0, 1, 0], [0] * 5])},
        {"tags": ["one-class"], "args": [_i([0, 0, 0]), _i([0, 0, 0]), 1], "expected": _i([[3]])},
        {"tags": ["predicted-only-class"], "args": [_i([0, 0, 0]), _i([2, 2, 0]), 3],
         "expected": _i([[1, 0, 2], [0, 0, 0], [0, 0, 0]])},
        {"tags": ["true-only-class"], "args": [_i([2, 2, 0]), _i([0, 0, 0]), 3],
         "expected": _i([[1, 0, 0], [0, 0, 0], [2, 0, 0]])},
        {"tags": ["two-classes"], "args": [_i([0, 1, 0, 1, 1]), _i([0, 0, 1, 1, 1]), 2], "expected": _i([[1, 1], [1, 2]])},
        {"tags": ["empty", "one-class"], "args": [_i([]), _i([]), 1], "expected": _i([[0]])},
        {"tags": ["last-class", "orientation"], "args": [_i([3, 0, 3]), _i([0, 3, 2]), 4],
         "expected": _i([[0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 1, 0]])},
        {"tags": ["duplicates", "unused-classes"], "args": [_i([2, 2, 2, 0, 0]), _i([1, 1, 2, 0, 0]), 3],
         "expected": _i([[2, 0, 0], [0, 0, 0], [0, 2, 1]])},
    ]
    cases.append({"tags": ["random"], "args": [rng.integers(0, 4, 30), rng.integers(0, 4, 30), 4]})
    cases.append({"tags": ["random", "unused-classes"], "args": [rng.integers(0, 5, 200), rng.integers(0, 5, 200), 9]})
    t = rng.integers(0, 10, 1000)
    noisy = np.where(rng.random(1000) < 0.8, t, rng.integers(0, 10, 1000))
    cases.append({"tags": ["random", "mostly-right"], "args": [t, noisy, 10]})
    cases.append({"tags": ["random", "many-classes"], "args": [rng.integers(0, 300, 500), rng.integers(0, 300, 500), 300]})
    cases.append({"tags": ["random", "sorted"], "args": [np.sort(rng.integers(0, 7, 700)), rng.integers(0, 7, 700), 7]})
    cases.append({"tags": ["random", "constant-prediction"], "args": [rng.integers(0, 6, 400), np.full(400, 5, dtype=np.int64), 6]})

    # Max size: n = 100_000 examples and 300 classes. One scan of the examples per pair
    # of classes is 9 * 10^4 scans of 10^5 examples.
    n = 100_000
    t = rng.integers(0, 300, n)
    cases.append({"tags": ["max-size", "mostly-right"], "args": [t, np.where(rng.random(n) < 0.7, t, rng.integers(0, 300, n)), 300]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.integers(0, 300, n), rng.integers(0, 300, n), 300]})
    cases.append({"tags": ["max-size", "unused-classes"], "args": [rng.integers(0, 100, n), rng.integers(50, 150, n), 300]})
    return cases
