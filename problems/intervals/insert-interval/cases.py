"""Cases for insert-interval. The input intervals are sorted, closed and pairwise disjoint (no shared points)."""

import random

EXAMPLES = [
    {"args": [[[1, 3], [6, 9]], [2, 5]], "expected": [[1, 5], [6, 9]],
     "explanation": "[2, 5] overlaps [1, 3]; together they cover [1, 5]. [6, 9] is untouched."},
    {"args": [[[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]], "expected": [[1, 2], [3, 10], [12, 16]],
     "explanation": "[4, 8] overlaps [3, 5] and [6, 7] and shares the point 8 with [8, 10]: all merge into [3, 10]."},
    {"args": [[], [5, 7]], "expected": [[5, 7]], "explanation": "With nothing to merge, the new interval is the answer."},
]


def _disjoint(rng, n, hi):
    """n sorted, pairwise disjoint closed intervals inside [0, hi] (gaps of at least one)."""
    cuts = sorted(rng.sample(range(hi + 1), 2 * n))
    return [[cuts[2 * k], cuts[2 * k + 1]] for k in range(n)]


def hidden_cases():
    rng = random.Random(57)
    cases = [
        {"tags": ["empty"], "args": [[], [0, 0]], "expected": [[0, 0]]},
        {"tags": ["single", "before"], "args": [[[5, 7]], [1, 3]], "expected": [[1, 3], [5, 7]]},
        {"tags": ["single", "after"], "args": [[[1, 3]], [5, 7]], "expected": [[1, 3], [5, 7]]},
        {"tags": ["single", "inside"], "args": [[[1, 10]], [3, 4]], "expected": [[1, 10]]},
        {"tags": ["single", "swallow"], "args": [[[3, 4]], [1, 10]], "expected": [[1, 10]]},
        {"tags": ["touching", "left"], "args": [[[1, 3], [6, 9]], [3, 4]], "expected": [[1, 4], [6, 9]]},
        {"tags": ["touching", "right"], "args": [[[1, 3], [6, 9]], [4, 6]], "expected": [[1, 3], [4, 9]]},
        {"tags": ["touching", "both"], "args": [[[1, 3], [6, 9]], [3, 6]], "expected": [[1, 9]]},
        {"tags": ["gap-of-one"], "args": [[[1, 3], [7, 9]], [4, 6]], "expected": [[1, 3], [4, 6], [7, 9]]},
        {"tags": ["after", "touching"], "args": [[[1, 3], [6, 9]], [9, 12]], "expected": [[1, 3], [6, 12]]},
        {"tags": ["after"], "args": [[[1, 3], [6, 9]], [10, 12]], "expected": [[1, 3], [6, 9], [10, 12]]},
        {"tags": ["before", "touching"], "args": [[[1, 3], [6, 9]], [0, 1]], "expected": [[0, 3], [6, 9]]},
        {"tags": ["before", "zero"], "args": [[[1, 3], [6, 9]], [0, 0]], "expected": [[0, 0], [1, 3], [6, 9]]},
        {"tags": ["swallow"], "args": [[[1, 2], [4, 5], [7, 8]], [0, 100_000]], "expected": [[0, 100_000]]},
        {"tags": ["extends-end"], "args": [[[1, 2], [4, 5], [7, 8]], [3, 6]], "expected": [[1, 2], [3, 6], [7, 8]]},
        {"tags": ["extends-end"], "args": [[[1, 5], [8, 9]], [2, 7]], "expected": [[1, 7], [8, 9]]},
        {"tags": ["extends-start"], "args": [[[4, 6], [10, 11]], [2, 5]], "expected": [[2, 6], [10, 11]]},
        {"tags": ["point"], "args": [[[1, 1], [3, 3], [5, 5]], [3, 3]], "expected": [[1, 1], [3, 3], [5, 5]]},
        {"tags": ["point", "touching"], "args": [[[1, 1], [3, 3], [5, 5]], [1, 3]], "expected": [[1, 3], [5, 5]]},
        {"tags": ["middle"], "args": [[[0, 1], [4, 5], [8, 9], [12, 13]], [5, 8]],
         "expected": [[0, 1], [4, 9], [12, 13]]},
    ]
    for n in (10, 100, 2000):
        intervals = _disjoint(rng, n, 30 * n)
        s = rng.randint(0, 30 * n)
        cases.append({"tags": ["random"], "args": [intervals, [s, s + rng.randint(0, 90)]]})
    intervals = _disjoint(rng, 500, 20_000)
    cases.append({"tags": ["random", "point"], "args": [intervals, [intervals[250][1], intervals[250][1]]]})

    # Max size, LeetCode's: 10_000 disjoint intervals that mostly stay apart, so inserting each
    # one into the answer with a scan from the front takes ~5 * 10^7 steps.
    n = 10_000
    spaced = [[3 * i, 3 * i] for i in range(n)]
    cases.append({"tags": ["max-size", "point", "after"], "args": [spaced, [100_000, 100_000]]})
    spaced = [[2 * i, 2 * i] for i in range(n)]
    cases.append({"tags": ["max-size", "point", "middle"], "args": [spaced, [29_999, 30_001]]})
    intervals = _disjoint(rng, n, 100_000)
    cases.append({"tags": ["max-size", "random", "before"], "args": [intervals, [0, 0]]})
    intervals = _disjoint(rng, n, 100_000)
    cases.append({"tags": ["max-size", "swallow"], "args": [intervals, [1, 99_999]]})
    return cases
