"""Cases for normalize-rows: float64 in, float64 unit rows out (zero rows stay zero)."""

import numpy as np


def _a(rows):
    return np.array(rows, dtype=np.float64)


EXAMPLES = [
    {"args": [_a([[3, 4], [0, 0], [0, -2]])], "expected": _a([[0.6, 0.8], [0, 0], [0, -1]]),
     "explanation": "Row 0 has length 5; the zero row stays zero; row 2 has length 2."},
]


def _with_zero_rows(rng, X, fraction):
    X = X.copy()
    X[rng.random(X.shape[0]) < fraction] = 0.0
    return X


def hidden_cases():
    rng = np.random.default_rng(16)
    cases = [
        {"tags": ["single"], "args": [_a([[-3]])], "expected": _a([[-1]])},
        {"tags": ["single", "zero"], "args": [_a([[0]])], "expected": _a([[0]])},
        {"tags": ["single-row"], "args": [_a([[1, 2, 2]])], "expected": _a([[1 / 3, 2 / 3, 2 / 3]])},
        {"tags": ["small-norm"], "args": [_a([[0.0006, 0.0008]])], "expected": _a([[0.6, 0.8]])},
        {"tags": ["small-norm"], "args": [_a([[0.3, 0.4], [30, 40]])], "expected": _a([[0.6, 0.8], [0.6, 0.8]])},
        {"tags": ["zero-row"], "args": [_a([[0, 0, 0], [2, 0, 0]])], "expected": _a([[0, 0, 0], [1, 0, 0]])},
        {"tags": ["zero", "all-zero"], "args": [np.zeros((3, 2))], "expected": np.zeros((3, 2))},
        {"tags": ["square", "orientation"], "args": [_a([[3, 4], [1, 0]])], "expected": _a([[0.6, 0.8], [1, 0]])},
        {"tags": ["square", "orientation"], "args": [_a([[0, 5, 0], [1, 1, 1], [4, 0, -3]])],
         "expected": _a([[0, 1, 0], [3 ** -0.5] * 3, [0.8, 0, -0.6]])},
        {"tags": ["single-column"], "args": [_a([[2], [-0.5], [0]])], "expected": _a([[1], [-1], [0]])},
        {"tags": ["negative"], "args": [_a([[-6, -8]])], "expected": _a([[-0.6, -0.8]])},
        {"tags": ["extreme-values"], "args": [_a([[10_000, 10_000], [-10_000, 0]])],
         "expected": _a([[2 ** -0.5, 2 ** -0.5], [-1, 0]])},
        {"tags": ["unit-already"], "args": [_a([[1, 0], [0, 1], [0.6, -0.8]])], "expected": _a([[1, 0], [0, 1], [0.6, -0.8]])},
        {"tags": ["zero-row", "first-and-last"], "args": [_a([[0, 0], [0, 7], [0, 0]])], "expected": _a([[0, 0], [0, 1], [0, 0]])},
    ]
    cases.append({"tags": ["random"], "args": [rng.normal(0, 1, (20, 7))]})
    cases.append({"tags": ["random", "square", "zero-row"], "args": [_with_zero_rows(rng, rng.normal(0, 50, (60, 60)), 0.2)]})
    cases.append({"tags": ["random", "tall"], "args": [rng.uniform(-10_000, 10_000, (3000, 2))]})
    cases.append({"tags": ["random", "wide"], "args": [rng.uniform(-1, 1, (2, 3000))]})
    cases.append({"tags": ["random", "small-norm"], "args": [rng.uniform(0.0005, 0.001, (50, 4)) * rng.choice([-1, 1], (50, 4))]})
    cases.append({"tags": ["random", "integer-valued", "zero-row"],
                  "args": [_with_zero_rows(rng, rng.integers(-2, 3, (200, 5)).astype(np.float64), 0.1)]})
    cases.append({"tags": ["random", "sparse"], "args": [rng.normal(0, 10, (100, 30)) * (rng.random((100, 30)) < 0.05)]})

    # Max size: 100_000 entries; recomputing a row's length for every element costs O(n m^2).
    cases.append({"tags": ["max-size", "wide"], "args": [rng.normal(0, 100, (2, 50_000))]})
    cases.append({"tags": ["max-size", "zero-row"], "args": [_with_zero_rows(rng, rng.normal(0, 10, (10, 10_000)), 0.3)]})
    cases.append({"tags": ["max-size", "square"], "args": [rng.uniform(-10_000, 10_000, (316, 316))]})
    cases.append({"tags": ["max-size", "tall", "zero-row"], "args": [_with_zero_rows(rng, rng.normal(0, 1, (10_000, 10)), 0.1)]})
    return cases
