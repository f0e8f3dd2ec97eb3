"""Cases for subsets (1 <= len(nums) <= 10, distinct values in -10..10). Any order is accepted (checker.py)."""

import random

EXAMPLES = [
    {"args": [[1, 2, 3]], "expected": [[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]],
     "explanation": "All 8 subsets; any order of the subsets and of their elements is accepted."},
    {"args": [[0]], "expected": [[], [0]], "explanation": "The empty subset and the whole list."},
]


def hidden_cases():
    rng = random.Random(78)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": [[], [5]]},
        {"tags": ["single", "zero"], "args": [[0]], "expected": [[], [0]]},
        {"tags": ["single", "negative"], "args": [[-10]], "expected": [[], [-10]]},
        {"tags": ["pair"], "args": [[1, 2]], "expected": [[], [1], [2], [1, 2]]},
        {"tags": ["pair", "reversed"], "args": [[2, 1]], "expected": [[], [2], [1], [2, 1]]},
        {"tags": ["pair", "negative", "zero"], "args": [[-1, 0]], "expected": [[], [-1], [0], [-1, 0]]},
        {"tags": ["triple"], "args": [[3, 1, 2]],
         "expected": [[], [3], [1], [3, 1], [2], [3, 2], [1, 2], [3, 1, 2]]},
        {"tags": ["triple", "not-contiguous"], "args": [[4, 5, 6]],
         "expected": [[], [4], [5], [6], [4, 5], [4, 6], [5, 6], [4, 5, 6]]},
        {"tags": ["extreme-values"], "args": [[-10, 10]], "expected": [[], [-10], [10], [-10, 10]]},
        {"tags": ["sorted"], "args": [[1, 2, 3, 4]]},
        {"tags": ["reversed"], "args": [[4, 3, 2, 1]]},
        {"tags": ["negative"], "args": [[-3, -2, -1, -7, -5]]},
    ]
    for n in (4, 5, 6, 6, 7, 7, 8, 8, 9):
        cases.append({"tags": ["random"], "args": [rng.sample(range(-10, 11), n)]})
    # Max size: 10 values, 1024 subsets.
    cases.append({"tags": ["max-size", "sorted"], "args": [list(range(10))]})
    cases.append({"tags": ["max-size", "negative", "reversed"], "args": [list(range(-1, -11, -1))]})
    cases.append({"tags": ["max-size", "random"], "args": [rng.sample(range(-10, 11), 10)]})
    cases.append({"tags": ["max-size", "extreme-values"], "args": [[-10, 10, -9, 9, -8, 8, 0, 1, -1, 5]]})
    return cases
