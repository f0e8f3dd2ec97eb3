"""Cases for permutations (1 <= len(nums) <= 6, distinct values in -10..10). Compared as an unordered list."""

import random

EXAMPLES = [
    {"args": [[1, 2, 3]], "expected": [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]],
     "explanation": "All 3! = 6 orderings, in any order."},
    {"args": [[7]], "expected": [[7]], "explanation": "One value has one ordering."},
]


def hidden_cases():
    rng = random.Random(46)
    cases = [
        {"tags": ["single"], "args": [[0]], "expected": [[0]]},
        {"tags": ["single", "negative"], "args": [[-10]], "expected": [[-10]]},
        {"tags": ["pair"], "args": [[1, 2]], "expected": [[1, 2], [2, 1]]},
        {"tags": ["pair", "negative", "zero"], "args": [[0, -1]], "expected": [[0, -1], [-1, 0]]},
        {"tags": ["pair", "extreme-values"], "args": [[10, -10]], "expected": [[10, -10], [-10, 10]]},
        {"tags": ["triple", "reversed"], "args": [[3, 2, 1]],
         "expected": [[3, 2, 1], [3, 1, 2], [2, 3, 1], [2, 1, 3], [1, 3, 2], [1, 2, 3]]},
        {"tags": ["triple", "negative"], "args": [[-1, 5, 0]],
         "expected": [[-1, 5, 0], [-1, 0, 5], [5, -1, 0], [5, 0, -1], [0, -1, 5], [0, 5, -1]]},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4]]},
        {"tags": ["reversed"], "args": [[4, 3, 2, 1]]},
        {"tags": ["negative"], "args": [[-2, -4, -6, -8]]},
        {"tags": ["zero"], "args": [[0, 1, -1, 2]]},
    ]
    for n in (3, 4, 4, 5, 5, 5, 6, 6):
        cases.append({"tags": ["random"], "args": [rng.sample(range(-10, 11), n)]})
    # Max size: 6 values, 720 permutations.
    cases.append({"tags": ["max-size", "sorted"], "args": [[1, 2, 3, 4, 5, 6]]})
    cases.append({"tags": ["max-size", "reversed", "negative"], "args": [[0, -1, -2, -3, -4, -5]]})
    cases.append({"tags": ["max-size", "extreme-values"], "args": [[-10, 10, 0, -9, 9, 1]]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.sample(range(-10, 11), 6)]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.sample(range(-10, 11), 6)]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.sample(range(-10, 11), 6)]})
    return cases
