"""Cases for binary-tree-maximum-path-sum (1 <= nodes <= 30_000, depth <= 10_000, -1000 <= val <= 1000)."""

import random
import sys

from judge.packs.trees import chain as _chain, random_level_order as _random_level_order
from judge.sandbox.wire import build_tree

# The reference runs on the host (Python 3.11) and recurses once per level: the 10_000-level chains
# below need a higher limit.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

EXAMPLES = [
    {"args": [build_tree([1, 2, 3])], "expected": 6, "explanation": "2 -> 1 -> 3."},
    {"args": [build_tree([-5, 4, 8, None, None, 11, 2])], "expected": 21,
     "explanation": "11 -> 8 -> 2 turns at 8; going up through -5 to 4 would only add -1."},
    {"args": [build_tree([-3, -5, -1])], "expected": -1,
     "explanation": "Every value is negative: the best path is the single node -1."},
]


def _value(rng):
    return rng.randint(-1000, 1000)


def hidden_cases():
    rng = random.Random(124)
    cases = [
        {"tags": ["single"], "args": [build_tree([5])], "expected": 5},
        {"tags": ["single", "negative"], "args": [build_tree([-3])], "expected": -3},
        {"tags": ["single", "extreme-values"], "args": [build_tree([-1000])], "expected": -1000},
        {"tags": ["single", "zero"], "args": [build_tree([0])], "expected": 0},
        {"tags": ["all-negative"], "args": [build_tree([-3, -5])], "expected": -3},
        {"tags": ["all-negative"], "args": [build_tree([-3, -5, -1])], "expected": -1},
        {"tags": ["all-negative", "deep-best"], "args": [build_tree([-9, -8, -7, -6, -5, -4, -2])], "expected": -2},
        {"tags": ["drop-child"], "args": [build_tree([2, -1])], "expected": 2},
        {"tags": ["drop-child"], "args": [build_tree([1, -2, 3])], "expected": 4},
        {"tags": ["negative-root"], "args": [build_tree([-1, 5, 6])], "expected": 10},
        {"tags": ["negative-root"], "args": [build_tree([-10, 5, 6])], "expected": 6},
        {"tags": ["not-through-root"], "args": [build_tree([-5, 4, 8, None, None, 11, 2])], "expected": 21},
        {"tags": ["stops-inside"], "args": [build_tree([10, 2, 10, 20, 1, None, -25, None, None, None, None, 3, 4])],
         "expected": 42},
        {"tags": ["zero", "all-equal"], "args": [build_tree([0, 0, 0])], "expected": 0},
        {"tags": ["extreme-values"], "args": [build_tree([1000, 1000, 1000])], "expected": 3000},
        {"tags": ["chain"], "args": [build_tree(_chain([1, 2, 3, 4], "LRL"))], "expected": 10},
        {"tags": ["chain", "negative"], "args": [build_tree(_chain([5, -10, 5], "RR"))], "expected": 5},
        {"tags": ["chain", "negative"], "args": [build_tree(_chain([5, -3, 5], "LL"))], "expected": 7},
    ]
    for n, fill in ((20, 0.6), (300, 0.7), (3000, 0.5)):
        cases.append({"tags": ["random"], "args": [build_tree(_random_level_order(rng, n, _value, fill))]})
    # Max size: 30_000 nodes, or 10_000 in a single path (the deepest allowed). Recomputing the best
    # downward path at every node costs ~n^2 / 2 steps on the long ones.
    n = 10_000
    cases.append({"tags": ["max-size", "chain", "positive"],
                  "args": [build_tree(_chain([rng.randint(0, 1000) for _ in range(n)], "R" * (n - 1)))]})
    sides = "".join(rng.choice("LR") for _ in range(n - 1))
    cases.append({"tags": ["max-size", "chain", "zigzag"],
                  "args": [build_tree(_chain([_value(rng) for _ in range(n)], sides))]})
    cases.append({"tags": ["max-size", "chain", "all-negative"],
                  "args": [build_tree(_chain([-1000] * (n - 1) + [-999], "L" * (n - 1)))], "expected": -999})
    cases.append({"tags": ["max-size", "random", "deep"],
                  "args": [build_tree(_random_level_order(rng, n, _value, 0.45))]})
    big = 30_000
    cases.append({"tags": ["max-size", "complete"], "args": [build_tree([_value(rng) for _ in range(big)])]})
    cases.append({"tags": ["max-size", "random", "mostly-negative"],
                  "args": [build_tree(_random_level_order(rng, big, lambda r: r.randint(-1000, 200), 0.5))]})
    return cases
