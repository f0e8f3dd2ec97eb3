"""Cases for sqrtx."""

import random

EXAMPLES = [
    {"args": [9], "expected": 3, "explanation": "9 is a perfect square: 3 * 3 = 9."},
    {"args": [8], "expected": 2, "explanation": "The root of 8 is about 2.83; rounded down that is 2."},
    {"args": [0], "expected": 0, "explanation": "0 * 0 = 0."},
]

LIMIT = 2**31 - 1


def hidden_cases():
    rng = random.Random(69)
    cases = [
        {"tags": ["zero"], "args": [0], "expected": 0},
        {"tags": ["one"], "args": [1], "expected": 1},
        {"tags": ["small"], "args": [2], "expected": 1},
        {"tags": ["small"], "args": [3], "expected": 1},
        {"tags": ["perfect-square", "small"], "args": [4], "expected": 2},
        {"tags": ["small"], "args": [5], "expected": 2},
        {"tags": ["below-square"], "args": [15], "expected": 3},
        {"tags": ["perfect-square"], "args": [16], "expected": 4},
        {"tags": ["above-square"], "args": [17], "expected": 4},
        {"tags": ["below-square"], "args": [99], "expected": 9},
        {"tags": ["perfect-square"], "args": [100], "expected": 10},
        {"tags": ["rounds-down"], "args": [24], "expected": 4},
        {"tags": ["perfect-square"], "args": [1_000_000], "expected": 1000},
        {"tags": ["below-square"], "args": [999_999], "expected": 999},
        {"tags": ["perfect-square", "odd-root"], "args": [12_321], "expected": 111},
        {"tags": ["perfect-square", "power-of-two"], "args": [2**30], "expected": 2**15},
        {"tags": ["below-square", "power-of-two"], "args": [2**30 - 1], "expected": 2**15 - 1},
        {"tags": ["max-size"], "args": [LIMIT], "expected": 46_340},
        {"tags": ["max-size"], "args": [LIMIT - 1], "expected": 46_340},
        {"tags": ["max-size", "perfect-square"], "args": [46_340 * 46_340], "expected": 46_340},
        {"tags": ["max-size", "below-square"], "args": [46_340 * 46_340 - 1], "expected": 46_339},
    ]
    for _ in range(4):
        cases.append({"tags": ["random"], "args": [rng.randint(0, LIMIT)]})
    for _ in range(3):
        k = rng.randint(2, 46_340)
        cases.append({"tags": ["random", "perfect-square"], "args": [k * k]})
        cases.append({"tags": ["random", "below-square"], "args": [k * k - 1]})
    return cases
