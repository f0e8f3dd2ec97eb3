"""Cases for path-with-minimum-effort. Effort is the largest height difference along a route."""

import random

EXAMPLES = [
    {"args": [[[1, 3, 9], [2, 4, 8], [3, 5, 7]]], "expected": 2,
     "explanation": "Down the left column, then along the bottom row: steps of 1, 1, 2 and 2. Every route has a "
                    "step of at least 2."},
    {"args": [[[4, 9], [5, 6]]], "expected": 1,
     "explanation": "4 -> 5 -> 6 climbs by 1 twice; the route over the 9 needs a step of 5."},
    {"args": [[[8]]], "expected": 0, "explanation": "Start and finish are the same cell: no step at all."},
]


def _corridor(m, n, wall=1_000_000, step=0):
    """A snake corridor through even rows, walled by `wall`; heights along it rise by `step`."""
    heights = [[wall] * n for _ in range(m)]
    h = 1
    for r in range(m):
        if r % 2 == 0:
            cols = range(n) if r % 4 == 0 else range(n - 1, -1, -1)
        else:
            cols = [n - 1] if r % 4 == 1 else [0]
        for c in cols:
            heights[r][c] = h
            h += step
    return heights


def _random(rng, m, n, top):
    return [[rng.randint(1, top) for _ in range(n)] for _ in range(m)]


def hidden_cases():
    rng = random.Random(1631)
    cases = [
        {"tags": ["single"], "args": [[[5]]], "expected": 0},
        {"tags": ["single-row"], "args": [[[1, 10]]], "expected": 9},
        {"tags": ["single-column"], "args": [[[1], [4], [2]]], "expected": 3},
        {"tags": ["all-equal"], "args": [[[7, 7, 7], [7, 7, 7]]], "expected": 0},
        {"tags": ["max-not-sum"], "args": [[[1, 3, 5]]], "expected": 2},
        {"tags": ["max-not-sum"], "args": [[[1, 2, 3, 4, 5, 6], [9, 9, 9, 9, 9, 7]]], "expected": 1},
        {"tags": ["extreme-values"], "args": [[[1, 1_000_000]]], "expected": 999_999},
        {"tags": ["extreme-values"], "args": [[[1_000_000, 1], [1, 1_000_000]]], "expected": 999_999},
        {"tags": ["up-and-left"], "args": [[[1, 9, 1, 1, 1], [1, 9, 1, 9, 1], [1, 1, 1, 9, 1], [9, 9, 9, 9, 1]]],
         "expected": 0},
        {"tags": ["up-and-left"], "args": [[[1, 1, 1], [9, 9, 1], [1, 1, 1], [1, 9, 9], [1, 1, 1]]],
         "expected": 0},
        {"tags": ["greedy-trap"], "args": [[[1, 2, 3], [1, 9, 4], [1, 9, 20]]], "expected": 11},
        {"tags": ["greedy-trap"], "args": [[[5, 6, 7, 8], [4, 1, 1, 9], [3, 1, 1, 10], [2, 20, 20, 11]]],
         "expected": 1},
        {"tags": ["detour"], "args": [[[1, 2, 2], [3, 8, 2], [5, 3, 5]]], "expected": 2},
        {"tags": ["first-step"], "args": [[[1, 50, 51], [49, 50, 51], [48, 49, 50]]], "expected": 48},
        {"tags": ["last-step"], "args": [[[1, 2, 3], [2, 3, 4], [3, 4, 40]]], "expected": 36},
        {"tags": ["two-rows"], "args": [[[1, 100, 1], [1, 100, 1]]], "expected": 99},
        {"tags": ["checkerboard"], "args": [[[1 if (r + c) % 2 else 1000 for c in range(4)] for r in range(4)]],
         "expected": 999},
        {"tags": ["corridor"], "args": [_corridor(5, 4, 100, 2)], "expected": 2},
    ]
    for m, n, top in ((3, 4, 10), (6, 6, 100), (12, 9, 5), (30, 30, 1000), (50, 70, 1_000_000)):
        cases.append({"tags": ["random"], "args": [_random(rng, m, n, top)]})

    # Max size: 100 x 100. The corridor winds through 5 000 cells, so a relax-until-stable
    # sweep over the grid needs thousands of passes.
    big = 100
    cases.append({"tags": ["max-size", "corridor", "up-and-left"], "args": [_corridor(big - 1, big, 1_000_000, 0)],
                  "expected": 0})
    cases.append({"tags": ["max-size", "corridor", "up-and-left"], "args": [_corridor(big - 1, big, 1_000_000, 3)],
                  "expected": 3})
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, big, big, 1_000_000)]})
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, big, big, 50)]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[[42] * big for _ in range(big)]], "expected": 0})
    cases.append({"tags": ["max-size", "gradient"], "args": [[[r * big + c + 1 for c in range(big)] for r in range(big)]],
                  "expected": big})
    return cases
