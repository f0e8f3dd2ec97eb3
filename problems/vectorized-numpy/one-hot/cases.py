"""Cases for one-hot. int64 labels in, a float64 (n, num_classes) matrix out; compared exactly."""

import numpy as np


def _labels(values):
    return np.array(values, dtype=np.int64)


def _f(rows):
    return np.array(rows, dtype=np.float64)


EXAMPLES = [
    {"args": [_labels([2, 0, 1]), 3], "expected": _f([[0, 0, 1], [1, 0, 0], [0, 1, 0]]),
     "explanation": "Row i has its single 1.0 in column labels[i]."},
    {"args": [_labels([1, 1]), 4], "expected": _f([[0, 1, 0, 0], [0, 1, 0, 0]]),
     "explanation": "Four columns although only class 1 occurs; the answer is float64."},
]


def hidden_cases():
    rng = np.random.default_rng(13)
    cases = [
        {"tags": ["single"], "args": [_labels([0]), 1], "expected": _f([[1]])},
        {"tags": ["single", "unused-classes"], "args": [_labels([0]), 3], "expected": _f([[1, 0, 0]])},
        {"tags": ["unused-classes"], "args": [_labels([1, 0, 1]), 4], "expected": _f([[0, 1, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]])},
        {"tags": ["last-class"], "args": [_labels([3, 3]), 4], "expected": _f([[0, 0, 0, 1], [0, 0, 0, 1]])},
        {"tags": ["duplicates", "one-class"], "args": [_labels([2, 2, 2]), 3], "expected": _f([[0, 0, 1]] * 3)},
        {"tags": ["square", "permutation"], "args": [_labels([1, 2, 0]), 3], "expected": _f([[0, 1, 0], [0, 0, 1], [1, 0, 0]])},
        {"tags": ["identity"], "args": [_labels([0, 1, 2, 3]), 4], "expected": np.eye(4)},
        {"tags": ["reversed"], "args": [_labels([3, 2, 1, 0]), 4], "expected": np.eye(4)[::-1].copy()},
        {"tags": ["one-column"], "args": [_labels([0, 0, 0, 0, 0]), 1], "expected": np.ones((5, 1))},
        {"tags": ["wide"], "args": [_labels([7]), 10], "expected": _f([[0] * 7 + [1] + [0] * 2])},
        {"tags": ["two-classes"], "args": [_labels([1, 0, 0, 1]), 2], "expected": _f([[0, 1], [1, 0], [1, 0], [0, 1]])},
        {"tags": ["tall", "unused-classes"], "args": [_labels([0, 4, 0, 2, 4, 1]), 6],
         "expected": _f([[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0], [1, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0],
                         [0, 0, 0, 0, 1, 0], [0, 1, 0, 0, 0, 0]])},
        {"tags": ["empty"], "args": [_labels([]), 3], "expected": np.zeros((0, 3))},
        {"tags": ["empty", "one-column"], "args": [_labels([]), 1], "expected": np.zeros((0, 1))},
    ]
    cases.append({"tags": ["random"], "args": [rng.integers(0, 5, 20), 5]})
    cases.append({"tags": ["random", "unused-classes"], "args": [rng.integers(0, 6, 50), 9]})
    cases.append({"tags": ["random", "square"], "args": [rng.integers(0, 40, 40), 40]})
    cases.append({"tags": ["random", "tall"], "args": [rng.integers(0, 2, 5000), 2]})
    cases.append({"tags": ["random", "wide", "unused-classes"], "args": [rng.integers(0, 100, 10), 3000]})
    cases.append({"tags": ["random", "permutation"], "args": [rng.permutation(300), 300]})
    cases.append({"tags": ["random", "duplicates"], "args": [np.repeat(rng.integers(0, 50, 20), 10), 50]})
    cases.append({"tags": ["random", "sorted"], "args": [np.sort(rng.integers(0, 30, 200)), 31]})

    # Max size: 200_000 cells in the answer. With 20_000 classes an identity matrix
    # of the classes has 4 * 10^8 cells (3.2 GB).
    cases.append({"tags": ["max-size", "wide", "unused-classes"], "args": [rng.integers(0, 15_000, 10), 20_000]})
    cases.append({"tags": ["max-size", "tall"], "args": [rng.integers(0, 10, 20_000), 10]})
    cases.append({"tags": ["max-size", "square"], "args": [rng.integers(0, 447, 447), 447]})
    return cases
