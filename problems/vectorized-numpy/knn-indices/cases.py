"""Cases for knn-indices: whole-number float64 coordinates, (q, k) int64 indices out, ties to the lower index."""

import numpy as np


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(rows):
    return np.array(rows, dtype=np.int64)


def _ints(rng, shape, bound):
    return rng.integers(-bound, bound + 1, shape).astype(np.float64)


EXAMPLES = [
    {"args": [_a([[2]]), _a([[0], [3], [1], [10]]), 3], "expected": _i([[1, 2, 0]]),
     "explanation": "Distances from 2: 2, 1, 1, 8. Points 1 and 2 tie at distance 1 (lower index first), then point 0."},
    {"args": [_a([[0, 0], [10, 0]]), _a([[9, 0], [1, 0], [5, 0]]), 2], "expected": _i([[1, 2], [0, 2]]),
     "explanation": "One row per query: the origin is nearest to (1, 0), then (5, 0); (10, 0) is nearest to (9, 0)."},
]


def _seeded(seed):
    """A random case drawn from its own seed (these seeds give k = 1 with hundreds of points)."""
    rng = np.random.default_rng(seed)
    q, p, d = int(rng.integers(1, 4)), int(rng.integers(40, 3000)), int(rng.integers(1, 9))
    k = int(rng.integers(1, min(p, 64) + 1))
    bound = int(rng.choice([2, 5, 100, 1000]))
    return [_ints(rng, (q, d), bound), _ints(rng, (p, d), bound), k]


def hidden_cases():
    rng = np.random.default_rng(20)
    near_far = [[1000] * 63 + [1], [1000] * 63 + [0]]  # squared norms 63_000_001 and 63_000_000
    cases = [
        {"tags": ["single"], "args": [_a([[1, 2]]), _a([[3, 4]]), 1], "expected": _i([[0]])},
        {"tags": ["ties"], "args": [_a([[0, 0]]), _a([[1, 0], [0, 1], [-1, 0], [0, -1]]), 4], "expected": _i([[0, 1, 2, 3]])},
        {"tags": ["ties", "boundary"], "args": [_a([[0, 0]]), _a([[3, 0], [0, 1], [-1, 0], [0, -1]]), 2], "expected": _i([[1, 2]])},
        {"tags": ["duplicates"], "args": [_a([[0, 0]]), _a([[5, 5], [1, 1], [5, 5], [1, 1]]), 3], "expected": _i([[1, 3, 0]])},
        {"tags": ["coincident", "zero"], "args": [_a([[2, 3]]), _a([[0, 0], [2, 3], [2, 4]]), 2], "expected": _i([[1, 2]])},
        {"tags": ["index-vs-distance"], "args": [_a([[0]]), _a([[1], [1], [0]]), 3], "expected": _i([[2, 0, 1]])},
        {"tags": ["k-p"], "args": [_a([[0]]), _a([[4], [-3], [2], [-1]]), 4], "expected": _i([[3, 2, 1, 0]])},
        {"tags": ["k-1"], "args": [_a([[5, 5], [-5, -5]]), _a([[4, 4], [-4, -4], [0, 0]]), 1], "expected": _i([[0], [1]])},
        {"tags": ["negative", "d-3"], "args": [_a([[-1, -2, -3]]), _a([[1, 2, 3], [-1, -2, -2], [0, 0, 0], [-2, -2, -3]]), 3],
         "expected": _i([[1, 3, 2]])},
        {"tags": ["large-values", "close"], "args": [_a([[0] * 64]), _a(near_far), 2], "expected": _i([[1, 0]])},
        {"tags": ["large-values", "close"], "args": [_a([[1000] * 64]), _a([[-1000] * 64, [-1000] * 63 + [-999]]), 1],
         "expected": _i([[1]])},
        {"tags": ["orientation"], "args": [_a([[0, 0], [10, 10], [0, 10]]), _a([[1, 1], [9, 9], [1, 9], [5, 5]]), 2],
         "expected": _i([[0, 3], [1, 3], [2, 3]])},
        {"tags": ["all-equal"], "args": [_a([[3, 3]]), _a([[7, 7]] * 5), 3], "expected": _i([[0, 1, 2]])},
        {"tags": ["index-vs-distance", "ties"], "args": [_a([[0, 0]]), _a([[2, 0], [0, 1], [1, 1], [0, -1], [-1, 0]]), 3],
         "expected": _i([[1, 3, 4]])},
        {"tags": ["single-point", "k-p"], "args": [_a([[1], [2], [3]]), _a([[2]]), 1], "expected": _i([[0], [0], [0]])},
        {"tags": ["one-dimension", "k-p"], "args": [_a([[0], [6]]), _a([[5], [1], [-4], [7]]), 4],
         "expected": _i([[1, 2, 0, 3], [0, 3, 1, 2]])},
    ]
    cases.append({"tags": ["random", "ties"], "args": [_ints(rng, (20, 2), 3), _ints(rng, (30, 2), 3), 5]})
    cases.append({"tags": ["random"], "args": [_ints(rng, (40, 8), 1000), _ints(rng, (60, 8), 1000), 7]})
    cases.append({"tags": ["random", "k-p", "ties"], "args": [_ints(rng, (10, 3), 2), _ints(rng, (12, 3), 2), 12]})
    pts = _ints(rng, (50, 4), 10)
    cases.append({"tags": ["same-input", "coincident"], "args": [pts, pts, 3]})
    cases.append({"tags": ["random", "large-values", "close"],
                  "args": [_ints(rng, (30, 64), 5) + 995, _ints(rng, (200, 64), 5) - 995, 20]})
    base = _ints(rng, (5, 6), 100)
    cases.append({"tags": ["duplicates", "random"], "args": [_ints(rng, (30, 6), 100), base[rng.integers(0, 5, 100)], 9]})

    for seed in (25, 156, 519):  # the nearest of many points: partitioning for k = 1 is easy to get wrong
        cases.append({"tags": ["random", "k-1"], "args": _seeded(seed)})

    # Max size: q * p = 5 * 10^5 pairs. A Python loop over pairs and coordinates makes
    # 3 * 10^7 Python-level steps on the first; all (q, p, d) differences need 256 MB.
    cases.append({"tags": ["max-size", "random", "high-d"], "args": [_ints(rng, (250, 64), 1000), _ints(rng, (2000, 64), 1000), 10]})
    cases.append({"tags": ["max-size", "ties"], "args": [_ints(rng, (700, 2), 20), _ints(rng, (700, 2), 20), 64]})
    cases.append({"tags": ["max-size", "ties", "low-d"], "args": [_ints(rng, (250, 8), 2), _ints(rng, (2000, 8), 2), 40]})
    return cases
