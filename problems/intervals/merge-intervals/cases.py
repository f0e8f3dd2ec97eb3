"""Cases for merge-intervals. Intervals are closed, so touching intervals merge; any output order is accepted."""

import random

EXAMPLES = [
    {"args": [[[1, 3], [2, 6], [8, 10], [15, 18]]], "expected": [[1, 6], [8, 10], [15, 18]],
     "explanation": "[1, 3] and [2, 6] overlap on 2..3 and become [1, 6]; the other two stand alone."},
    {"args": [[[4, 7], [1, 4]]], "expected": [[1, 7]],
     "explanation": "The intervals share the point 4, so they merge (the input order does not matter)."},
    {"args": [[[1, 10], [2, 3], [5, 5]]], "expected": [[1, 10]],
     "explanation": "[2, 3] and the point [5, 5] lie inside [1, 10]."},
]


def _random(rng, n, hi, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(0, hi)
        out.append([s, min(hi, s + rng.randint(0, max_len))])
    return out


def hidden_cases():
    rng = random.Random(56)
    cases = [
        {"tags": ["single"], "args": [[[1, 3]]], "expected": [[1, 3]]},
        {"tags": ["single", "point", "zero"], "args": [[[0, 0]]], "expected": [[0, 0]]},
        {"tags": ["touching"], "args": [[[1, 4], [4, 5]]], "expected": [[1, 5]]},
        {"tags": ["gap-of-one"], "args": [[[1, 4], [5, 7]]], "expected": [[1, 4], [5, 7]]},
        {"tags": ["containment"], "args": [[[1, 10], [2, 3], [4, 5]]], "expected": [[1, 10]]},
        {"tags": ["containment"], "args": [[[1, 10], [2, 3]]], "expected": [[1, 10]]},
        {"tags": ["unsorted"], "args": [[[8, 10], [1, 3], [2, 6]]], "expected": [[1, 6], [8, 10]]},
        {"tags": ["duplicates"], "args": [[[2, 3], [2, 3], [2, 3]]], "expected": [[2, 3]]},
        {"tags": ["chain", "touching"], "args": [[[1, 2], [2, 3], [3, 4], [4, 5]]], "expected": [[1, 5]]},
        {"tags": ["chain", "unsorted"], "args": [[[3, 4], [1, 2], [4, 5], [2, 3]]], "expected": [[1, 5]]},
        {"tags": ["point", "duplicates"], "args": [[[0, 0], [0, 0], [1, 1]]], "expected": [[0, 0], [1, 1]]},
        {"tags": ["point", "containment"], "args": [[[1, 5], [3, 3]]], "expected": [[1, 5]]},
        {"tags": ["point", "touching"], "args": [[[1, 4], [4, 4], [0, 1]]], "expected": [[0, 4]]},
        {"tags": ["same-start"], "args": [[[1, 4], [1, 2]]], "expected": [[1, 4]]},
        {"tags": ["same-end"], "args": [[[3, 9], [1, 9], [9, 9]]], "expected": [[1, 9]]},
        {"tags": ["reversed", "disjoint"], "args": [[[9, 10], [6, 8], [3, 5], [0, 2]]],
         "expected": [[0, 2], [3, 5], [6, 8], [9, 10]]},
        {"tags": ["extreme-values"], "args": [[[0, 10_000], [5, 6], [10_000, 10_000]]], "expected": [[0, 10_000]]},
        {"tags": ["bridge", "unsorted"], "args": [[[1, 3], [5, 7], [2, 6]]], "expected": [[1, 7]]},
        {"tags": ["later-block"], "args": [[[1, 2], [4, 5], [5, 6]]], "expected": [[1, 2], [4, 6]]},
        {"tags": ["later-block", "containment"], "args": [[[0, 1], [3, 9], [4, 5], [6, 7], [11, 12]]],
         "expected": [[0, 1], [3, 9], [11, 12]]},
    ]
    cases.append({"tags": ["random"], "args": [_random(rng, 10, 50, 5)]})
    cases.append({"tags": ["random"], "args": [_random(rng, 100, 1000, 20)]})
    cases.append({"tags": ["random", "dense"], "args": [_random(rng, 1000, 10_000, 30)]})
    cases.append({"tags": ["random", "sparse"], "args": [_random(rng, 2000, 10_000, 2)]})
    cases.append({"tags": ["random", "point"], "args": [_random(rng, 500, 2000, 0)]})

    # Max size, LeetCode's: 10_000 intervals with thousands of separate blocks, so comparing each
    # interval with every block found so far makes ~10^7 or more steps.
    blocks = [[2 * i, 2 * i + 1] for i in range(2500)] * 4
    rng.shuffle(blocks)
    cases.append({"tags": ["max-size", "duplicates", "disjoint"], "args": [blocks]})
    points = [[x, x] for x in range(10_000)]  # 10_000 separate blocks: points that touch nothing
    rng.shuffle(points)
    cases.append({"tags": ["max-size", "point"], "args": [points]})
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, 10_000, 10_000, 1)]})
    spans = [[i, i + 1] for i in range(0, 10_000, 2)] + [[i, i + 1] for i in range(1, 10_000, 2)]
    rng.shuffle(spans)
    cases.append({"tags": ["max-size", "chain", "touching"], "args": [spans]})
    return cases
