"""Cases for pacific-atlantic-water-flow. The answer is a list of [r, c] cells in any order."""

import random

EXAMPLES = [
    {"args": [[[1, 2], [4, 3]]], "expected": [[0, 1], [1, 0], [1, 1]],
     "explanation": "The top-left cell is lower than both neighbours, so its rain never leaves the Pacific side."},
    {"args": [[[3, 3, 3], [3, 1, 3], [3, 3, 3]]],
     "expected": [[0, 0], [0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1], [2, 2]],
     "explanation": "The ring drains both ways across flat ground; the pit in the middle drains nowhere."},
    {"args": [[[7]]], "expected": [[0, 0]], "explanation": "A single cell touches both oceans."},
]

TOP = 100_000


def _all(m, n):
    return [[r, c] for r in range(m) for c in range(n)]


def _channel(m, n):
    """A plateau at TOP with a snake path carved through the interior, rising from height 0 at [1, 0]."""
    heights = [[TOP] * n for _ in range(m)]
    heights[1][0] = 0
    h = 1
    for r in range(1, m - 1):
        if r % 2 == 1:
            cols = range(1, n - 1) if r % 4 == 1 else range(n - 2, 0, -1)
        else:
            cols = [n - 2] if r % 4 == 2 else [1]
        for c in cols:
            heights[r][c] = h
            h += 1
    return heights


def _random(rng, m, n, top):
    return [[rng.randint(0, top) for _ in range(n)] for _ in range(m)]


def hidden_cases():
    rng = random.Random(417)
    cases = [
        {"tags": ["single"], "args": [[[0]]], "expected": [[0, 0]]},
        {"tags": ["single-row"], "args": [[[3, 1, 2]]], "expected": [[0, 0], [0, 1], [0, 2]]},
        {"tags": ["single-column"], "args": [[[5], [9], [2], [0]]], "expected": [[0, 0], [1, 0], [2, 0], [3, 0]]},
        {"tags": ["all-equal"], "args": [[[4, 4, 4], [4, 4, 4], [4, 4, 4]]], "expected": _all(3, 3)},
        {"tags": ["peak"], "args": [[[1, 1, 1], [1, 5, 1], [1, 1, 1]]], "expected": _all(3, 3)},
        {"tags": ["corner", "pit"], "args": [[[5, 5], [1, 5]]], "expected": _all(2, 2)},
        {"tags": ["corner", "pit"], "args": [[[5, 1], [5, 5]]], "expected": _all(2, 2)},
        {"tags": ["corner", "pit"], "args": [[[9, 9, 9], [9, 9, 9], [0, 9, 9]]], "expected": _all(3, 3)},
        {"tags": ["corner", "pit"], "args": [[[9, 9, 0], [9, 9, 9], [9, 9, 9]]], "expected": _all(3, 3)},
        {"tags": ["slope"], "args": [[[0, 1, 2], [1, 2, 3], [2, 3, 4]]],
         "expected": [[0, 2], [1, 2], [2, 0], [2, 1], [2, 2]]},
        {"tags": ["slope"], "args": [[[4, 3, 2], [3, 2, 1], [2, 1, 0]]],
         "expected": [[0, 0], [0, 1], [0, 2], [1, 0], [2, 0]]},
        {"tags": ["plateau", "flat-ring"], "args": [[[3, 3, 3, 3], [3, 2, 2, 3], [3, 2, 2, 3], [3, 3, 3, 3]]],
         "expected": [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0], [1, 3], [2, 0], [2, 3], [3, 0], [3, 1], [3, 2], [3, 3]]},
        {"tags": ["ridge"], "args": [[[0, 0, 9, 9], [0, 0, 9, 9], [1, 1, 9, 9], [2, 2, 9, 9]]],
         "expected": [[0, 2], [0, 3], [1, 2], [1, 3], [2, 2], [2, 3], [3, 0], [3, 1], [3, 2], [3, 3]]},
        {"tags": ["no-wrap"], "args": [[[0, 0, 0, 0], [9, 9, 9, 9], [8, 6, 5, 5]]],
         "expected": [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0], [1, 1], [1, 2], [1, 3], [2, 0]]},
        {"tags": ["no-wrap"], "args": [[[0, 9, 8], [0, 9, 6], [0, 9, 5], [0, 9, 5]]],
         "expected": [[0, 0], [1, 0], [2, 0], [3, 0], [0, 1], [1, 1], [2, 1], [3, 1], [0, 2]]},
        {"tags": ["outlet"], "args": [[[9, 9, 9, 9], [9, 1, 1, 0], [9, 9, 9, 9]]],
         "expected": [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0], [2, 0], [2, 1], [2, 2], [2, 3]]},
        {"tags": ["pit", "enclosed"], "args": [[[3, 3, 3, 3], [3, 0, 0, 3], [3, 0, 0, 3], [3, 3, 3, 3]]],
         "expected": [[0, 0], [0, 1], [0, 2], [0, 3], [1, 0], [1, 3], [2, 0], [2, 3], [3, 0], [3, 1], [3, 2], [3, 3]]},
        {"tags": ["extreme-values"], "args": [[[TOP, 0], [0, TOP]]], "expected": [[0, 0], [0, 1], [1, 0], [1, 1]]},
        {"tags": ["channel"], "args": [_channel(5, 5)]},
    ]
    for m, n, top in ((4, 5, 3), (7, 7, 10), (20, 15, 5), (40, 50, 100), (60, 60, TOP)):
        cases.append({"tags": ["random"], "args": [_random(rng, m, n, top)]})

    # Max size: 200 x 200. The channel rises along a path of about 20 000 cells, so a search
    # from every cell walks some 200 million steps down it.
    big = 200
    cases.append({"tags": ["max-size", "channel", "deep"], "args": [_channel(big, big)]})
    cases.append({"tags": ["max-size", "channel", "deep"], "args": [_channel(big - 1, big)]})
    cases.append({"tags": ["max-size", "all-equal"], "args": [[[7] * big for _ in range(big)]],
                  "expected": _all(big, big)})
    cases.append({"tags": ["max-size", "peak"],
                  "args": [[[min(r, c, big - 1 - r, big - 1 - c) for c in range(big)] for r in range(big)]],
                  "expected": _all(big, big)})
    cases.append({"tags": ["max-size", "slope"], "args": [[[r + c for c in range(big)] for r in range(big)]],
                  "expected": [[r, big - 1] for r in range(big - 1)] + [[big - 1, c] for c in range(big)]})
    cases.append({"tags": ["max-size", "random", "plateau"], "args": [_random(rng, big, big, 3)]})
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, big, big, TOP)]})
    return cases
