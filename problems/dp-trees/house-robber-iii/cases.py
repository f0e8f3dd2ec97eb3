"""Cases for house-robber-iii (1 <= nodes <= 10_000, 0 <= val <= 10_000)."""

import random
import sys

from judge.packs.trees import chain as _chain, random_level_order as _random_level_order
from judge.sandbox.wire import build_tree

# The reference runs on the host (Python 3.11) and recurses once per level: the 10_000-level chains
# below need a higher limit.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

EXAMPLES = [
    {"args": [build_tree([4, 1, 2, None, 6, None, 3])], "expected": 13,
     "explanation": "Rob 4, 6 and 3: no two of them are parent and child."},
    {"args": [build_tree([2, 5, 6, 1, 1, None, 1])], "expected": 11,
     "explanation": "Rob the two children of the root, 5 + 6."},
    {"args": [build_tree([1, 10, 1, None, None, 10])], "expected": 20,
     "explanation": "10 on the second level and 10 on the third: neither whole level is best."},
]


def _value(rng):
    return rng.randint(0, 10_000)


def hidden_cases():
    rng = random.Random(337)
    cases = [
        {"tags": ["single"], "args": [build_tree([5])], "expected": 5},
        {"tags": ["single", "zero"], "args": [build_tree([0])], "expected": 0},
        {"tags": ["zero", "all-equal"], "args": [build_tree([0, 0, 0])], "expected": 0},
        {"tags": ["pair"], "args": [build_tree([3, 4])], "expected": 4},
        {"tags": ["pair"], "args": [build_tree([4, None, 3])], "expected": 4},
        {"tags": ["root-and-grandchildren"], "args": [build_tree([4, 1, 2, None, 6, None, 3])], "expected": 13},
        {"tags": ["children"], "args": [build_tree([2, 5, 6, 1, 1, None, 1])], "expected": 11},
        {"tags": ["level-trap"], "args": [build_tree([1, 10, 1, None, None, 10])], "expected": 20},
        {"tags": ["level-trap"], "args": [build_tree([10, 1, 1, 1, 1, 1, 1, 10, None, None, None, None, None,
                                                      None, 10])], "expected": 32},
        {"tags": ["skip-two-levels", "chain"], "args": [build_tree(_chain([5, 1, 1, 5], "LLL"))], "expected": 10},
        {"tags": ["chain"], "args": [build_tree(_chain([2, 7, 9, 3, 1], "RLRL"))], "expected": 12},
        {"tags": ["duplicates", "memo-trap"], "args": [build_tree([2, 2, 2, 9, None, None, 1])], "expected": 12},
        {"tags": ["duplicates", "memo-trap"], "args": [build_tree([1, 3, 3, 1, 1, 8])], "expected": 11},
        {"tags": ["extreme-values", "all-equal"], "args": [build_tree([10000, 10000, 10000])], "expected": 20000},
        {"tags": ["complete", "all-equal"], "args": [build_tree([1] * 15)], "expected": 10},
    ]
    for n, fill, hi in ((20, 0.6, 10), (100, 0.7, 100), (1000, 0.5, 10_000), (3000, 0.4, 5), (500, 0.95, 10_000)):
        cases.append({"tags": ["random"],
                      "args": [build_tree(_random_level_order(rng, n, lambda r: r.randint(0, hi), fill))]})
    # Max size: 10_000 nodes. Without memory the recursion is exponential on the long trees and
    # makes ~10^7 calls even on the complete one.
    n = 10_000
    values = [_value(rng) for _ in range(n)]
    cases.append({"tags": ["max-size", "chain", "right"], "args": [build_tree(_chain(values, "R" * (n - 1)))]})
    sides = "".join(rng.choice("LR") for _ in range(n - 1))
    cases.append({"tags": ["max-size", "chain", "zigzag"], "args": [build_tree(_chain(values, sides))]})
    cases.append({"tags": ["max-size", "chain", "all-equal"],
                  "args": [build_tree(_chain([10_000] * n, "L" * (n - 1)))], "expected": 10_000 * n // 2})
    cases.append({"tags": ["max-size", "complete"], "args": [build_tree(values)]})
    cases.append({"tags": ["max-size", "random", "deep", "duplicates"],
                  "args": [build_tree(_random_level_order(rng, n, lambda r: r.randint(0, 3), 0.45))]})
    return cases
