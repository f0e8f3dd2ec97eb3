"""Cases for sum-of-all-subset-xor-totals (1 <= len(nums) <= 12, 1 <= nums[i] <= 20).

Hand-checked answers use the identity answer = (OR of all elements) * 2**(n - 1): a bit set in some
element is set in the XOR total of exactly half of the subsets.
"""

import random
from functools import reduce
from operator import or_

EXAMPLES = [
    {"args": [[3, 5]], "expected": 14, "explanation": "The subsets [], [3], [5], [3, 5] have XOR totals 0, 3, 5, 6."},
    {"args": [[4, 4]], "expected": 8,
     "explanation": "[], [4], [4], [4, 4]: the two single-element subsets count separately; 4 XOR 4 is 0."},
]


def _by_identity(nums):
    return reduce(or_, nums) << (len(nums) - 1)


def hidden_cases():
    rng = random.Random(1863)
    cases = [
        {"tags": ["single"], "args": [[5]], "expected": 5},
        {"tags": ["single", "min-value"], "args": [[1]], "expected": 1},
        {"tags": ["single", "max-value"], "args": [[20]], "expected": 20},
        {"tags": ["pair"], "args": [[1, 2]], "expected": 6},
        {"tags": ["pair"], "args": [[3, 5]], "expected": 14},
        {"tags": ["pair", "duplicates"], "args": [[4, 4]], "expected": 8},
        {"tags": ["duplicates"], "args": [[1, 1, 1]], "expected": 4},
        {"tags": ["powers-of-two"], "args": [[1, 2, 4]], "expected": 28},
        {"tags": ["powers-of-two", "not-contiguous"], "args": [[1, 2, 4, 8, 16]], "expected": 496},
        {"tags": ["cancelling"], "args": [[3, 1, 2]], "expected": 12},
        {"tags": ["cancelling"], "args": [[6, 10, 12]], "expected": 56},
        {"tags": ["ends"], "args": [[8, 1, 1, 8]], "expected": 72},
    ]
    for n in (3, 4, 5, 6, 7, 8, 9, 10, 11):
        nums = [rng.randint(1, 20) for _ in range(n)]
        cases.append({"tags": ["random"], "args": [nums], "expected": _by_identity(nums)})
    # Max size: 12 elements, 4096 subsets.
    cases.append({"tags": ["max-size", "all-equal", "max-value"], "args": [[20] * 12], "expected": 20 << 11})
    cases.append({"tags": ["max-size", "all-equal", "min-value"], "args": [[1] * 12], "expected": 1 << 11})
    cases.append({"tags": ["max-size", "sorted"], "args": [list(range(1, 13))], "expected": 15 << 11})
    for _ in range(2):
        nums = [rng.randint(1, 20) for _ in range(12)]
        cases.append({"tags": ["max-size", "random"], "args": [nums], "expected": _by_identity(nums)})
    return cases
