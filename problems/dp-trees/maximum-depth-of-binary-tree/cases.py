"""Cases for maximum-depth-of-binary-tree (0 <= nodes <= 10_000, -100 <= val <= 100)."""

import random
import sys

from judge.packs.trees import chain as _chain, random_level_order as _random_level_order
from judge.sandbox.wire import build_tree

# The reference runs on the host (Python 3.11) and recurses once per level: the 10_000-level chains
# below need a higher limit.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

EXAMPLES = [
    {"args": [build_tree([4, 8, 12, None, None, 6, 1])], "expected": 3,
     "explanation": "4 -> 12 -> 6 (or 4 -> 12 -> 1) has three nodes."},
    {"args": [build_tree([1, None, 2])], "expected": 2, "explanation": "The root and its right child."},
    {"args": [build_tree([])], "expected": 0, "explanation": "An empty tree has depth 0."},
]


def _value(rng):
    return rng.randint(-100, 100)


def hidden_cases():
    rng = random.Random(104)
    cases = [
        {"tags": ["empty"], "args": [build_tree([])], "expected": 0},
        {"tags": ["single"], "args": [build_tree([5])], "expected": 1},
        {"tags": ["single", "negative"], "args": [build_tree([-100])], "expected": 1},
        {"tags": ["left-only"], "args": [build_tree([1, 2])], "expected": 2},
        {"tags": ["right-only"], "args": [build_tree([1, None, 2])], "expected": 2},
        {"tags": ["complete"], "args": [build_tree([1, 2, 3])], "expected": 2},
        {"tags": ["complete", "all-equal"], "args": [build_tree([0] * 7)], "expected": 3},
        {"tags": ["complete"], "args": [build_tree(list(range(15)))], "expected": 4},
        {"tags": ["complete", "one-extra"], "args": [build_tree(list(range(16)))], "expected": 5},
        {"tags": ["uneven"], "args": [build_tree([1, 2, 3, 4, None, None, 5, 6])], "expected": 4},
        {"tags": ["deep-right", "leftmost-trap"], "args": [build_tree([1, 2, 3, None, None, 4, None, 5])],
         "expected": 4},
        {"tags": ["deep-right", "leftmost-trap"], "args": [build_tree([1, 2, 3, None, None, None, 4, None, 5])],
         "expected": 4},
        {"tags": ["last-slot"], "args": [build_tree([1, 2, 3, 4, 5, 6, 7] + [None] * 7 + [8])], "expected": 4},
        {"tags": ["negative"], "args": [build_tree([-100, -50, 100])], "expected": 2},
        {"tags": ["duplicates"], "args": [build_tree([7, 7, None, None, 7])], "expected": 3},
        {"tags": ["zigzag", "chain"], "args": [build_tree(_chain([1, 2, 3, 4, 5, 6], "LRLRL"))], "expected": 6},
        {"tags": ["chain", "left"], "args": [build_tree(_chain([3, 2, 1, 0], "LLL"))], "expected": 4},
    ]
    for n, fill in ((20, 0.6), (100, 0.7), (1000, 0.5), (3000, 0.4)):
        cases.append({"tags": ["random"], "args": [build_tree(_random_level_order(rng, n, _value, fill))]})
    # Max size: 10_000 nodes, from one long path to a complete tree.
    n = 10_000
    values = [_value(rng) for _ in range(n)]
    cases.append({"tags": ["max-size", "chain", "right"], "args": [build_tree(_chain(values, "R" * (n - 1)))],
                  "expected": n})
    cases.append({"tags": ["max-size", "chain", "left"], "args": [build_tree(_chain(values, "L" * (n - 1)))],
                  "expected": n})
    sides = "".join(rng.choice("LR") for _ in range(n - 1))
    cases.append({"tags": ["max-size", "chain", "zigzag"], "args": [build_tree(_chain(values, sides))],
                  "expected": n})
    cases.append({"tags": ["max-size", "complete"], "args": [build_tree(values)], "expected": 14})
    cases.append({"tags": ["max-size", "random", "deep"],
                  "args": [build_tree(_random_level_order(rng, n, _value, 0.45))]})
    cases.append({"tags": ["max-size", "random", "bushy"],
                  "args": [build_tree(_random_level_order(rng, n, _value, 0.9))]})
    return cases
