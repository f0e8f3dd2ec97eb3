"""Cases for number-of-islands. Maps are written as strings of 0/1 and turned into LeetCode's grid of
one-character strings."""

import random

def _g(*rows):
    return [list(row) for row in rows]


EXAMPLES = [
    {"args": [_g("11000", "11000", "00100", "00011")], "expected": 3,
     "explanation": "A 2x2 block top left, a single cell in the middle, and a pair bottom right."},
    {"args": [_g("111", "010", "111")], "expected": 1,
     "explanation": "The middle column joins the top and bottom rows into one island."},
    {"args": [_g("101", "010", "101")], "expected": 5,
     "explanation": "Cells touching only at corners are separate islands."},
]


def _snake(m, n):
    grid = [["0"] * n for _ in range(m)]
    for r in range(m):
        if r % 2 == 0:
            grid[r] = ["1"] * n
        else:
            grid[r][n - 1 if r % 4 == 1 else 0] = "1"
    return grid


def _combs(m, n):
    """Upside-down combs: a full top row with teeth hanging down every other column, separated by
    full-width water rows every 10 rows. Teeth look like separate islands to a row-by-row guess."""
    grid = [["0"] * n for _ in range(m)]
    for r in range(m):
        band = r % 10
        if band == 0:
            grid[r] = ["1"] * n
        elif band < 9:
            for c in range(0, n, 2):
                grid[r][c] = "1"
    return grid


def _random(rng, m, n, land):
    return [["1" if rng.random() < land else "0" for _ in range(n)] for _ in range(m)]


def hidden_cases():
    rng = random.Random(200)
    cases = [
        {"tags": ["single", "water"], "args": [_g("0")], "expected": 0},
        {"tags": ["single", "land"], "args": [_g("1")], "expected": 1},
        {"tags": ["all-water"], "args": [_g("000", "000")], "expected": 0},
        {"tags": ["all-land"], "args": [_g("111", "111", "111")], "expected": 1},
        {"tags": ["diagonal", "checkerboard"], "args": [_g("1010", "0101", "1010")], "expected": 6},
        {"tags": ["single-row"], "args": [_g("1101011")], "expected": 3},
        {"tags": ["single-column"], "args": [_g("1", "1", "0", "1", "0", "0", "1")], "expected": 3},
        {"tags": ["u-shape"], "args": [_g("101", "101", "111")], "expected": 1},
        {"tags": ["u-shape"], "args": [_g("1001", "1001", "1111")], "expected": 1},
        {"tags": ["u-shape", "merge-late"], "args": [_g("10101", "10101", "10101", "11111")], "expected": 1},
        {"tags": ["merge-late"], "args": [_g("0001", "0001", "1111")], "expected": 1},
        {"tags": ["merge-late"], "args": [_g("1100", "0100", "0111", "0001")], "expected": 1},
        {"tags": ["ring", "lake"], "args": [_g("11111", "10001", "10101", "10001", "11111")], "expected": 2},
        {"tags": ["ring"], "args": [_g("111", "101", "111")], "expected": 1},
        {"tags": ["edges"], "args": [_g("10001", "00000", "10001")], "expected": 4},
        {"tags": ["edges", "last-row"], "args": [_g("000", "000", "011")], "expected": 1},
        {"tags": ["edges", "last-column"], "args": [_g("001", "001", "000")], "expected": 1},
        {"tags": ["snake"], "args": [_snake(7, 6)], "expected": 1},
        {"tags": ["combs"], "args": [_combs(12, 7)], "expected": 2},
        {"tags": ["stripes"], "args": [[["1" if c % 2 == 0 else "0" for c in range(9)] for _ in range(4)]],
         "expected": 5},
    ]
    for m, n, land in ((5, 8, 0.5), (10, 10, 0.6), (25, 40, 0.55), (60, 45, 0.4), (100, 80, 0.6)):
        cases.append({"tags": ["random"], "args": [_random(rng, m, n, land)]})

    # Max size: 300 x 300. The snake is one island 45 000 cells long (a deep search); the
    # checkerboard has 45 000 one-cell islands.
    big = 300
    cases.append({"tags": ["max-size", "snake", "deep"], "args": [_snake(big, big)]})
    cases.append({"tags": ["max-size", "snake", "deep"], "args": [_snake(big - 1, big)]})
    cases.append({"tags": ["max-size", "all-land"], "args": [[["1"] * big for _ in range(big)]]})
    cases.append({"tags": ["max-size", "all-water"], "args": [[["0"] * big for _ in range(big)]], "expected": 0})
    cases.append({"tags": ["max-size", "checkerboard", "diagonal"],
                  "args": [[["1" if (r + c) % 2 == 0 else "0" for c in range(big)] for r in range(big)]],
                  "expected": big * big // 2})
    cases.append({"tags": ["max-size", "combs", "u-shape"], "args": [_combs(big, big)]})
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, big, big, 0.55)]})
    return cases
