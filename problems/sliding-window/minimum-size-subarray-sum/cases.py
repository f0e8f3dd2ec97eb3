"""Cases for minimum-size-subarray-sum."""

import random

EXAMPLES = [
    {"args": [9, [3, 1, 4, 1, 5, 9]], "expected": 1, "explanation": "The single 9 is enough."},
    {"args": [11, [3, 1, 4, 1, 5, 2]], "expected": 4,
     "explanation": "[1, 4, 1, 5] sums to exactly 11 (and [4, 1, 5, 2] to 12); the best run of three, "
                    "4 + 1 + 5, is only 10."},
    {"args": [50, [1, 2, 3]], "expected": 0, "explanation": "Even the whole list sums to only 6."},
]


def hidden_cases():
    rng = random.Random(209)
    cases = [
        {"tags": ["single"], "args": [1, [1]], "expected": 1},
        {"tags": ["single", "no-answer"], "args": [2, [1]], "expected": 0},
        {"tags": ["single", "exact"], "args": [5, [5]], "expected": 1},
        {"tags": ["no-answer"], "args": [16, [1, 2, 3, 4, 5]], "expected": 0},
        {"tags": ["whole-array", "exact"], "args": [15, [1, 2, 3, 4, 5]], "expected": 5},
        {"tags": ["whole-array"], "args": [14, [1, 2, 3, 4, 5]], "expected": 4},
        {"tags": ["exact"], "args": [7, [2, 3, 1, 2, 4, 3]], "expected": 2},
        {"tags": ["exact"], "args": [6, [1, 1, 4, 1, 1]], "expected": 3},
        {"tags": ["shrink-twice"], "args": [10, [1, 1, 1, 1, 10]], "expected": 1},
        {"tags": ["shrink-twice"], "args": [8, [1, 1, 1, 1, 1, 1, 7, 1]], "expected": 2},
        {"tags": ["at-start"], "args": [9, [5, 4, 1, 1, 1, 1]], "expected": 2},
        {"tags": ["at-end"], "args": [9, [1, 1, 1, 1, 4, 5]], "expected": 2},
        {"tags": ["all-equal"], "args": [7, [2, 2, 2, 2, 2]], "expected": 4},
        {"tags": ["all-equal", "exact"], "args": [8, [2, 2, 2, 2, 2]], "expected": 4},
        {"tags": ["target-one"], "args": [1, [3, 1, 2]], "expected": 1},
        {"tags": ["extreme-values"], "args": [10_000, [10_000]], "expected": 1},
        {"tags": ["extreme-values", "no-answer"], "args": [1_000_000_000, [10_000] * 100], "expected": 0},
        {"tags": ["middle"], "args": [12, [1, 2, 6, 6, 2, 1]], "expected": 2},
        {"tags": ["later-shorter"], "args": [10, [4, 3, 3, 1, 1, 9, 1]], "expected": 2},
        {"tags": ["sorted"], "args": [11, [1, 2, 3, 4, 5, 6]], "expected": 2},
        {"tags": ["reversed"], "args": [11, [6, 5, 4, 3, 2, 1]], "expected": 2},
    ]
    for n in (10, 100, 1000):
        nums = [rng.randint(1, 100) for _ in range(n)]
        cases.append({"tags": ["random"], "args": [rng.randint(1, sum(nums)), nums]})
    nums = [rng.randint(1, 10_000) for _ in range(5000)]
    cases.append({"tags": ["random", "large-target"], "args": [sum(nums) - 5, nums]})

    # Max size: 100,000 numbers; growing a run from every start is about 5e9 additions when no run is short.
    n = 100_000
    nums = [rng.randint(1, 10_000) for _ in range(n)]
    cases.append({"tags": ["max-size", "no-answer"], "args": [sum(nums) + 1, nums], "expected": 0})
    cases.append({"tags": ["max-size", "whole-array", "exact"], "args": [sum(nums), nums], "expected": n})
    cases.append({"tags": ["max-size", "random"], "args": [sum(nums) // 2, nums]})
    nums = [1] * n
    nums[n // 2] = 10_000
    cases.append({"tags": ["max-size", "middle", "shrink-twice"], "args": [10_005, nums], "expected": 6})
    cases.append({"tags": ["max-size", "all-equal", "extreme-values"], "args": [1_000_000_000, [10_000] * n],
                  "expected": 100_000})
    return cases
