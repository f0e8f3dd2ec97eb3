"""Cases for diameter-of-binary-tree (1 <= nodes <= 10_000, -100 <= val <= 100)."""

import random
import sys

from judge.packs.trees import chain as _chain, random_level_order as _random_level_order
from judge.sandbox.wire import build_tree

# The reference runs on the host (Python 3.11) and recurses once per level: the 10_000-level chains
# below need a higher limit.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))

EXAMPLES = [
    {"args": [build_tree([1, 2, 3, 4, 5])], "expected": 3,
     "explanation": "4 -> 2 -> 1 -> 3 (or 5 -> 2 -> 1 -> 3) has three edges."},
    {"args": [build_tree([1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8])], "expected": 6,
     "explanation": "7 -> 5 -> 3 -> 2 -> 4 -> 6 -> 8 turns at 2 and never reaches the root."},
    {"args": [build_tree([9])], "expected": 0, "explanation": "A single node: no edges."},
]


def _value(rng):
    return rng.randint(-100, 100)


def _broom(rng, handle, head):
    """A path of `handle` nodes whose last node carries a complete tree of `head` nodes."""
    root = build_tree(_chain([_value(rng) for _ in range(handle)], "R" * (handle - 1)))
    node = root
    while node.right is not None:
        node = node.right
    node.right = build_tree([_value(rng) for _ in range(head)])
    return root


def hidden_cases():
    rng = random.Random(543)
    cases = [
        {"tags": ["single"], "args": [build_tree([0])], "expected": 0},
        {"tags": ["pair", "left-only"], "args": [build_tree([1, 2])], "expected": 1},
        {"tags": ["pair", "right-only"], "args": [build_tree([1, None, 2])], "expected": 1},
        {"tags": ["complete"], "args": [build_tree([1, 2, 3])], "expected": 2},
        {"tags": ["complete"], "args": [build_tree(list(range(7)))], "expected": 4},
        {"tags": ["complete"], "args": [build_tree(list(range(15)))], "expected": 6},
        {"tags": ["through-root"], "args": [build_tree([1, 2, 3, 4, 5])], "expected": 3},
        {"tags": ["not-through-root"], "args": [build_tree([1, 2, None, 3, 4, 5, None, None, 6, 7, None, None, 8])],
         "expected": 6},
        {"tags": ["not-through-root"],
         "args": [build_tree([1, 2, 3, 4, 5, None, None, 6, None, None, 7, 8, None, None, 9])], "expected": 6},
        {"tags": ["uneven-arms"], "args": [build_tree([0, 1, 2, 3, None, None, 4, 5])], "expected": 5},
        {"tags": ["chain"], "args": [build_tree(_chain([1, 2, 3, 4, 5], "RRRR"))], "expected": 4},
        {"tags": ["chain", "zigzag"], "args": [build_tree(_chain([1, 2, 3, 4, 5, 6], "LRLRL"))], "expected": 5},
        {"tags": ["negative"], "args": [build_tree([-1, -2, -3])], "expected": 2},
        {"tags": ["all-equal"], "args": [build_tree([5, 5, 5, 5, None, None, 5])], "expected": 4},
        {"tags": ["one-side-deep"], "args": [build_tree([1, 2, None, 3, None, 4, None, 5])], "expected": 4},
    ]
    for n, fill in ((20, 0.6), (100, 0.7), (1000, 0.5), (3000, 0.4), (500, 0.95)):
        cases.append({"tags": ["random"], "args": [build_tree(_random_level_order(rng, n, _value, fill))]})
    # Max size: 10_000 nodes. Recomputing heights at every node costs ~n^2 / 2 steps on the long ones.
    n = 10_000
    values = [_value(rng) for _ in range(n)]
    cases.append({"tags": ["max-size", "chain", "right"], "args": [build_tree(_chain(values, "R" * (n - 1)))],
                  "expected": n - 1})
    cases.append({"tags": ["max-size", "chain", "left"], "args": [build_tree(_chain(values, "L" * (n - 1)))],
                  "expected": n - 1})
    sides = "".join(rng.choice("LR") for _ in range(n - 1))
    cases.append({"tags": ["max-size", "chain", "zigzag"], "args": [build_tree(_chain(values, sides))],
                  "expected": n - 1})
    cases.append({"tags": ["max-size", "complete"], "args": [build_tree(values)]})
    cases.append({"tags": ["max-size", "broom", "not-through-root"], "args": [_broom(rng, 5000, 5000)]})
    cases.append({"tags": ["max-size", "random", "deep"],
                  "args": [build_tree(_random_level_order(rng, n, _value, 0.45))]})
    return cases
