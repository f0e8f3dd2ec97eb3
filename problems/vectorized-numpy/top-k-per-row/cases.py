"""Cases for top-k-per-row: float64 scores in, (n, k) int64 column indices out, ties to the lower index."""

import numpy as np


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(rows):
    return np.array(rows, dtype=np.int64)


EXAMPLES = [
    {"args": [_a([[0.1, 0.9, 0.5], [3, 1, 2]]), 2], "expected": _i([[1, 2], [0, 2]]),
     "explanation": "Row 0: 0.9 (column 1), then 0.5 (column 2). Row 1: 3 (column 0), then 2 (column 2)."},
    {"args": [_a([[5, 7, 5, 7]]), 4], "expected": _i([[1, 3, 0, 2]]),
     "explanation": "The two 7s come first, lower column first; then the two 5s, the same way."},
]


def hidden_cases():
    rng = np.random.default_rng(17)
    cases = [
        {"tags": ["single"], "args": [_a([[4]]), 1], "expected": _i([[0]])},
        {"tags": ["k-1"], "args": [_a([[1, 3, 2]]), 1], "expected": _i([[1]])},
        {"tags": ["k-m"], "args": [_a([[1, 3, 2]]), 3], "expected": _i([[1, 2, 0]])},
        {"tags": ["ties"], "args": [_a([[2, 2, 2]]), 2], "expected": _i([[0, 1]])},
        {"tags": ["ties", "k-m"], "args": [_a([[1, 2, 1, 2, 1]]), 5], "expected": _i([[1, 3, 0, 2, 4]])},
        {"tags": ["ties", "boundary"], "args": [_a([[0, 9, 5, 5, 5]]), 3], "expected": _i([[1, 2, 3]])},
        {"tags": ["negative"], "args": [_a([[-3, -1, -2]]), 2], "expected": _i([[1, 2]])},
        {"tags": ["negative", "zero", "ties"], "args": [_a([[0, -1, 0, 1]]), 3], "expected": _i([[3, 0, 2]])},
        {"tags": ["signed-zero", "ties"], "args": [_a([[-0.0, 0.0, -0.0]]), 3], "expected": _i([[0, 1, 2]])},
        {"tags": ["square", "orientation"], "args": [_a([[1, 2], [4, 3]]), 1], "expected": _i([[1], [0]])},
        {"tags": ["square", "orientation"], "args": [_a([[1, 9, 5], [7, 2, 8], [6, 4, 3]]), 2],
         "expected": _i([[1, 2], [2, 0], [0, 1]])},
        {"tags": ["sorted"], "args": [_a([[5, 4, 3, 2, 1]]), 3], "expected": _i([[0, 1, 2]])},
        {"tags": ["reversed"], "args": [_a([[1, 2, 3, 4, 5]]), 3], "expected": _i([[4, 3, 2]])},
        {"tags": ["single-column"], "args": [_a([[3], [1], [2]]), 1], "expected": _i([[0], [0], [0]])},
        {"tags": ["extreme-values"], "args": [_a([[1e6, -1e6, 999_999.5]]), 2], "expected": _i([[0, 2]])},
    ]
    cases.append({"tags": ["random"], "args": [rng.normal(0, 1, (20, 7)), 3]})
    cases.append({"tags": ["random", "ties"], "args": [rng.integers(0, 3, (50, 10)).astype(np.float64), 4]})
    cases.append({"tags": ["random", "ties", "k-m"], "args": [rng.integers(-2, 3, (30, 8)).astype(np.float64), 8]})
    cases.append({"tags": ["random", "square"], "args": [rng.normal(0, 100, (40, 40)), 5]})
    cases.append({"tags": ["random", "ties", "wide"], "args": [rng.integers(0, 20, (5, 2000)).astype(np.float64), 100]})
    cases.append({"tags": ["random", "tall", "k-1"], "args": [rng.normal(0, 1, (2000, 3)), 1]})
    cases.append({"tags": ["random", "all-equal"], "args": [np.full((10, 50), 0.25), 7]})

    # Max size: 100_000 scores. Picking the largest remaining value k times per row costs
    # O(n k m) = 10^8 steps here; a sort per row costs a few milliseconds in NumPy.
    cases.append({"tags": ["max-size", "ties", "k-m"], "args": [rng.integers(0, 50, (100, 1000)).astype(np.float64), 1000]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.normal(0, 1000, (50, 2000)), 500]})
    cases.append({"tags": ["max-size", "ties", "wide"], "args": [rng.integers(-3, 4, (2, 50_000)).astype(np.float64), 2000]})
    return cases
