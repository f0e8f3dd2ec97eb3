"""Cases for pairwise-sq-dists. Arguments are float64 arrays; answers are compared as floats."""

import numpy as np


def _a(rows):
    return np.array(rows, dtype=np.float64)


EXAMPLES = [
    {"args": [_a([[0, 0], [1, 1]]), _a([[3, 4], [1, 0], [0, 0]])], "expected": _a([[25, 1, 0], [13, 1, 2]]),
     "explanation": "Row 0 of X is the origin: 3^2 + 4^2 = 25, 1^2 = 1, 0. Row 1 is (1, 1): "
                    "2^2 + 3^2 = 13, 0 + 1^2 = 1, 1 + 1 = 2. The answer has shape (2, 3)."},
    {"args": [_a([[2.5]]), _a([[-0.5], [2.5]])], "expected": _a([[9, 0]]),
     "explanation": "One dimension: (2.5 - (-0.5))^2 = 9, and a point is at distance 0 from itself."},
]


def _uniform(rng, shape, lo=-200.0, hi=200.0):
    return rng.uniform(lo, hi, size=shape)


def hidden_cases():
    rng = np.random.default_rng(20240611)
    same = _a([[0, 0], [3, 4], [-1, 2]])
    cases = [
        {"tags": ["single", "d-1"], "args": [_a([[0]]), _a([[3]])], "expected": _a([[9]])},
        {"tags": ["n-1"], "args": [_a([[0, 0]]), _a([[3, 4], [0, 0], [-1, 1]])], "expected": _a([[25, 0, 2]])},
        {"tags": ["m-1"], "args": [_a([[1, 2], [3, 4], [5, 6]]), _a([[1, 2]])], "expected": _a([[0], [8], [32]])},
        {"tags": ["identical", "zero"], "args": [_a([[1.5, -2.5, 3], [1.5, -2.5, 3]]), _a([[1.5, -2.5, 3]] * 2)],
         "expected": np.zeros((2, 2))},
        {"tags": ["negative"], "args": [_a([[-1, -1], [-2, -3]]), _a([[1, 1], [-1, -1], [0, -3]])],
         "expected": _a([[8, 0, 5], [25, 5, 4]])},
        {"tags": ["d-1"], "args": [_a([[0], [1], [2]]), _a([[0], [10]])], "expected": _a([[0, 100], [1, 81], [4, 64]])},
        {"tags": ["large-magnitude"], "args": [_a([[200, -200]]), _a([[200, -200], [199.5, -200], [-200, 200]])],
         "expected": _a([[0, 0.25, 320000]])},
        {"tags": ["large-magnitude", "close"], "args": [_a([[199.999, -199.999, 199.999]]), _a([[200, -200, 200]])],
         "expected": _a([[3e-6]])},
        {"tags": ["square", "orientation"], "args": [_a([[0, 0], [1, 0]]), _a([[0, 2], [5, 0]])],
         "expected": _a([[4, 25], [5, 16]])},
        {"tags": ["same-input"], "args": [same, same], "expected": _a([[0, 25, 5], [25, 0, 20], [5, 20, 0]])},
        {"tags": ["zero"], "args": [np.zeros((3, 4)), np.zeros((2, 4))], "expected": np.zeros((3, 2))},
        {"tags": ["fractional"], "args": [_a([[0.5, 0.25]]), _a([[0, 0], [0.5, 0.25]])], "expected": _a([[0.3125, 0]])},
        {"tags": ["orientation"], "args": [_a([[1, 1, 1], [0, 0, 0]]), _a([[1, 1, 1], [2, 2, 2], [0, 0, 1], [-1, 0, 1]])],
         "expected": _a([[0, 3, 2, 5], [3, 12, 1, 2]])},
    ]
    # Random cases; the reference computes expected.
    cases.append({"tags": ["random"], "args": [_uniform(rng, (5, 3), -100, 100), _uniform(rng, (7, 3), -100, 100)]})
    cases.append({"tags": ["random", "integer-valued"],
                  "args": [rng.integers(-50, 51, (20, 8)).astype(np.float64),
                           rng.integers(-50, 51, (30, 8)).astype(np.float64)]})
    cases.append({"tags": ["random"], "args": [rng.normal(0, 10, (100, 16)), rng.normal(0, 10, (50, 16))]})
    cases.append({"tags": ["random", "d-1"], "args": [_uniform(rng, (64, 1)), _uniform(rng, (64, 1))]})
    cases.append({"tags": ["random", "n-1"], "args": [_uniform(rng, (1, 10)), _uniform(rng, (200, 10))]})
    cases.append({"tags": ["random", "m-1"], "args": [_uniform(rng, (200, 10)), _uniform(rng, (1, 10))]})
    base = _uniform(rng, (50, 5))
    cases.append({"tags": ["identical", "zero"], "args": [base, base[rng.permutation(50)].copy()]})
    rows = _uniform(rng, (6, 12), -10, 10)
    cases.append({"tags": ["duplicates"], "args": [rows[rng.integers(0, 6, 30)], rows[rng.integers(0, 6, 40)]]})
    center = rng.choice([-199.0, 199.0], size=32)
    cases.append({"tags": ["large-magnitude", "close"],
                  "args": [center + rng.uniform(-0.01, 0.01, (100, 32)), center + rng.uniform(-0.01, 0.01, (80, 32))]})
    cases.append({"tags": ["random", "high-d"], "args": [_uniform(rng, (3, 256)), _uniform(rng, (2, 256))]})
    cases.append({"tags": ["random", "low-d"], "args": [_uniform(rng, (300, 2)), _uniform(rng, (300, 2))]})

    # Max size: n * m * d about 41 million. A pure-Python triple loop needs 10 s or more on each,
    # and a temporary of shape (n, m, d) needs over 300 MB, more than the memory limit. The
    # answers stay small (about 1.3 MB) so that moving them costs little of the time limit.
    cases.append({"tags": ["max-size", "random", "high-d"],
                  "args": [_uniform(rng, (400, 256)), _uniform(rng, (400, 256))]})
    cases.append({"tags": ["max-size", "many-pairs"], "args": [_uniform(rng, (600, 224)), _uniform(rng, (300, 224))]})
    center = rng.uniform(-190, 190, size=256)
    cases.append({"tags": ["max-size", "large-magnitude", "close"],
                  "args": [center + rng.uniform(-1, 1, (500, 256)), center + rng.uniform(-1, 1, (320, 256))]})
    points = _uniform(rng, (400, 256))
    cases.append({"tags": ["max-size", "same-input"], "args": [points, points]})
    return cases
