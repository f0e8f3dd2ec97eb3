"""Cases for longest-univalue-path (0 <= nodes <= 10_000, at most 1000 levels, -1000 <= val <= 1000)."""

import random
import sys

from judge.packs.trees import chain as _chain, random_level_order as _random_level_order
from judge.sandbox.wire import build_tree

# The reference runs on the host (Python 3.11) and recurses once per level: the 1000-level trees
# below need a higher limit than the default.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

EXAMPLES = [
    {"args": [build_tree([2, 3, 2, 3, 3, None, 2])], "expected": 2,
     "explanation": "3 -> 3 -> 3 turns at the left child; 2 -> 2 -> 2 runs down the right side. Both have 2 edges."},
    {"args": [build_tree([7, 7, 7, 7, None, None, 7])], "expected": 4,
     "explanation": "All five nodes hold 7 and lie on one path through the root."},
    {"args": [build_tree([1])], "expected": 0, "explanation": "A single node has no edges."},
]


def _value(rng):
    return rng.randint(-1000, 1000)


def hidden_cases():
    rng = random.Random(687)
    cases = [
        {"tags": ["empty"], "args": [build_tree([])], "expected": 0},
        {"tags": ["single"], "args": [build_tree([1])], "expected": 0},
        {"tags": ["pair", "equal"], "args": [build_tree([1, 1])], "expected": 1},
        {"tags": ["pair", "different"], "args": [build_tree([1, None, 2])], "expected": 0},
        {"tags": ["turn"], "args": [build_tree([7, 7, 7, 7, None, None, 7])], "expected": 4},
        {"tags": ["turn", "two-candidates"], "args": [build_tree([2, 3, 2, 3, 3, None, 2])], "expected": 2},
        {"tags": ["not-through-root"], "args": [build_tree([1, 2, 3, 2, 2, None, None, 2, 2])], "expected": 3},
        {"tags": ["below-a-change"], "args": [build_tree([5, 4, None, 4, 4, 4])], "expected": 3},
        {"tags": ["chain", "blocks"], "args": [build_tree(_chain([1, 1, 2, 2, 2], "RRRR"))], "expected": 2},
        {"tags": ["chain", "grandparent-trap"], "args": [build_tree(_chain([1, 2, 1], "LL"))], "expected": 0},
        {"tags": ["negative", "all-equal"], "args": [build_tree([-1000, -1000, -1000])], "expected": 2},
        {"tags": ["all-equal", "complete"], "args": [build_tree([3] * 15)], "expected": 6},
        {"tags": ["zero"], "args": [build_tree([0, 0, None, 0, 0])], "expected": 2},
        {"tags": ["all-different", "complete"], "args": [build_tree(list(range(15)))], "expected": 0},
        {"tags": ["one-arm"], "args": [build_tree([4, 4, 9, 4, None, 9, 9])], "expected": 2},
    ]
    for n, fill, hi in ((20, 0.6, 1), (200, 0.7, 2), (1000, 0.5, 1), (3000, 0.5, 3), (500, 0.95, 1000)):
        cases.append({"tags": ["random", "duplicates"],
                      "args": [build_tree(_random_level_order(rng, n, lambda r: r.randint(0, hi), fill))]})
    # Max size, LeetCode's: 10_000 nodes, at most 1000 levels. Walking the equal-value arms again from
    # every node costs the sum of all depths: about 10^7 steps on the broom (a long handle, then a bushy
    # head of 9000 equal nodes).
    n, deep = 10_000, 1000
    cases.append({"tags": ["max-size", "chain", "all-equal"], "args": [build_tree(_chain([7] * deep, "R" * (deep - 1)))],
                  "expected": deep - 1})
    sides = "".join(rng.choice("LR") for _ in range(deep - 1))
    cases.append({"tags": ["max-size", "chain", "zigzag", "all-equal"],
                  "args": [build_tree(_chain([-3] * deep, sides))], "expected": deep - 1})
    blocks = [v for v in (rng.randint(-1000, 1000) for _ in range(10)) for _ in range(rng.randint(50, 150))][:deep]
    cases.append({"tags": ["max-size", "chain", "blocks"], "args": [build_tree(_chain(blocks, "L" * (len(blocks) - 1)))]})
    cases.append({"tags": ["max-size", "turn", "all-equal"],
                  "args": [build_tree(_two_arms(5, deep - 1))], "expected": 2 * (deep - 1)})
    cases.append({"tags": ["max-size", "broom", "all-equal"], "args": [build_tree(_broom(4, deep - 14, n))]})
    cases.append({"tags": ["max-size", "complete", "all-equal"], "args": [build_tree([1] * n)]})
    cases.append({"tags": ["max-size", "random", "deep", "duplicates"],
                  "args": [build_tree(_random_level_order(rng, n, lambda r: r.randint(0, 1), 0.5))]})
    cases.append({"tags": ["max-size", "random", "bushy"],
                  "args": [build_tree(_random_level_order(rng, n, _value, 0.9))]})
    return cases


def _two_arms(value, length):
    """Level order of a root with a path of `length` equal nodes down each side."""
    return [value, value, value] + [value, None, None, value] * (length - 1)


def _broom(value, handle, n):
    """Level order of a path of `handle` nodes going left, then a complete tree below its last node:
    the values after the path fill the last node's subtree level by level. n nodes in all."""
    return _chain([value] * handle, "L" * (handle - 1)) + [value] * (n - handle)
