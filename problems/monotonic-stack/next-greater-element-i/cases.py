"""Cases for next-greater-element-i. Values are distinct; nums1 is a subset of nums2."""

import random

EXAMPLES = [
    {"args": [[4, 1, 2], [1, 3, 4, 2]], "expected": [-1, 3, -1],
     "explanation": "Nothing larger follows 4; 3 is the first value after 1 that is larger; 2 is the last value."},
    {"args": [[2, 4], [1, 2, 3, 4]], "expected": [3, -1],
     "explanation": "3 follows 2 directly; 4 is the last value of nums2."},
    {"args": [[2], [2, 1, 4, 9]], "expected": [4],
     "explanation": "Both 4 and 9 are larger than 2, but 4 comes first."},
]


def _distinct(rng, n, hi):
    return rng.sample(range(hi + 1), n)


def _subset(rng, nums2, k):
    return rng.sample(nums2, k)


def hidden_cases():
    rng = random.Random(496)
    cases = [
        {"tags": ["single"], "args": [[5], [5]], "expected": [-1]},
        {"tags": ["min-size", "increasing"], "args": [[1], [1, 2]], "expected": [2]},
        {"tags": ["last"], "args": [[2], [1, 2]], "expected": [-1]},
        {"tags": ["decreasing"], "args": [[1, 2], [2, 1]], "expected": [-1, -1]},
        {"tags": ["increasing", "sorted"], "args": [[1, 2, 3, 4], [1, 2, 3, 4]], "expected": [2, 3, 4, -1]},
        {"tags": ["decreasing", "reversed"], "args": [[4, 3, 2, 1], [4, 3, 2, 1]], "expected": [-1, -1, -1, -1]},
        {"tags": ["zero"], "args": [[0], [0, 7]], "expected": [7]},
        {"tags": ["zero", "last"], "args": [[5, 0], [5, 0]], "expected": [-1, -1]},
        {"tags": ["not-adjacent"], "args": [[3], [3, 1, 2, 5]], "expected": [5]},
        {"tags": ["first-not-largest"], "args": [[2], [2, 1, 4, 9]], "expected": [4]},
        {"tags": ["order"], "args": [[3, 1, 5], [1, 5, 3, 6]], "expected": [6, 5, 6]},
        {"tags": ["larger-on-left"], "args": [[2], [9, 2, 1]], "expected": [-1]},
        {"tags": ["larger-on-left"], "args": [[4, 3], [8, 4, 3, 1]], "expected": [-1, -1]},
        {"tags": ["valley"], "args": [[6, 2, 1, 5], [6, 2, 1, 5, 8]], "expected": [8, 5, 5, 8]},
        {"tags": ["extreme-values"], "args": [[0, 10**4], [0, 10**4]], "expected": [10**4, -1]},
        {"tags": ["extreme-values"], "args": [[10**4 - 1], [10**4 - 1, 3, 10**4]], "expected": [10**4]},
        {"tags": ["mountain"], "args": [[1, 3, 5, 4, 2], [1, 3, 5, 4, 2]], "expected": [3, 5, -1, -1, -1]},
        {"tags": ["zigzag"], "args": [[1, 4, 2, 5, 3], [1, 4, 2, 5, 3, 6]], "expected": [4, 5, 5, 6, 6]},
        {"tags": ["pop-many"], "args": [[5, 4, 3, 2, 6], [5, 4, 3, 2, 6]], "expected": [6, 6, 6, 6, -1]},
        {"tags": ["pop-many", "partial"], "args": [[7, 3], [7, 5, 3, 1, 6, 8]], "expected": [8, 6]},
        {"tags": ["subset"], "args": [[9], [3, 9, 4, 10]], "expected": [10]},
        {"tags": ["subset", "order"], "args": [[10, 3], [3, 9, 4, 10, 2]], "expected": [-1, 9]},
        {"tags": ["value-not-index"], "args": [[2, 1], [2, 0, 1, 5]], "expected": [5, 5]},
    ]
    for n, hi, tag in ((8, 20, "small"), (60, 100, "medium"), (500, 10**4, "medium"), (1000, 10**4, "large")):
        nums2 = _distinct(rng, n, hi)
        cases.append({"tags": [tag, "random"], "args": [_subset(rng, nums2, rng.randint(1, n)), nums2]})
    nums2 = list(range(300, 0, -3)) + list(range(301, 600, 3))  # a long fall, then a long rise
    cases.append({"tags": ["valley", "medium"], "args": [_subset(rng, nums2, 150), nums2]})

    # Max size, LeetCode's: 1000 numbers up to 10_000. Looking to the right of every value separately,
    # O(m^2), is fast at this size; the target is one pass with a stack.
    m = 1000
    nums2 = list(range(3 * m, 0, -3))
    cases.append({"tags": ["max-size", "decreasing"], "args": [_subset(rng, nums2, m), nums2]})
    nums2 = list(range(2 * m, 2, -2)) + [10**4]
    cases.append({"tags": ["max-size", "decreasing", "pop-many"], "args": [_subset(rng, nums2, m // 2), nums2]})
    nums2 = _distinct(rng, m, 10 * m)
    cases.append({"tags": ["max-size", "random"], "args": [_subset(rng, nums2, m), nums2]})
    nums2 = [v for k in range(m // 2) for v in (10 * m - 2 * k, 2 * k + 1)]  # falling peaks, rising troughs
    cases.append({"tags": ["max-size", "zigzag"], "args": [_subset(rng, nums2, m), nums2]})
    return cases
