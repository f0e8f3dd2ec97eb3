"""Cases for meeting-rooms-ii. Meetings are half-open: a room freed at t can be reused at t."""

import random

EXAMPLES = [
    {"args": [[[0, 30], [5, 10], [15, 20]]], "expected": 2,
     "explanation": "[0, 30) runs throughout; [5, 10) and [15, 20) can share a second room."},
    {"args": [[[7, 10], [2, 4]]], "expected": 1, "explanation": "The meetings never overlap."},
    {"args": [[[1, 5], [5, 9], [2, 6]]], "expected": 2,
     "explanation": "[5, 9) takes the room [1, 5) just left; [2, 6) needs its own."},
]


def _random(rng, n, hi, max_len):
    out = []
    for _ in range(n):
        s = rng.randint(0, hi - 1)
        out.append([s, min(hi, s + rng.randint(1, max_len))])
    return out


def hidden_cases():
    rng = random.Random(253)
    cases = [
        {"tags": ["single"], "args": [[[0, 1]]], "expected": 1},
        {"tags": ["touching"], "args": [[[1, 2], [2, 3]]], "expected": 1},
        {"tags": ["touching", "unsorted"], "args": [[[2, 3], [0, 1], [1, 2], [3, 4]]], "expected": 1},
        {"tags": ["duplicates"], "args": [[[3, 4], [3, 4], [3, 4]]], "expected": 3},
        {"tags": ["nested"], "args": [[[1, 10], [2, 9], [3, 8], [4, 7]]], "expected": 4},
        {"tags": ["same-start"], "args": [[[1, 5], [1, 2], [1, 3]]], "expected": 3},
        {"tags": ["same-end"], "args": [[[1, 5], [2, 5], [4, 5], [5, 6]]], "expected": 3},
        {"tags": ["freed-rooms"], "args": [[[0, 5], [1, 2], [3, 4], [6, 7], [6, 8]]], "expected": 2},
        {"tags": ["freed-rooms"], "args": [[[1, 3], [2, 4], [3, 5], [4, 6], [5, 7]]], "expected": 2},
        {"tags": ["freed-rooms"], "args": [[[0, 10], [1, 3], [2, 4], [5, 6], [7, 9], [8, 10]]], "expected": 3},
        {"tags": ["staircase"], "args": [[[0, 4], [1, 5], [2, 6], [3, 7], [4, 8]]], "expected": 4},
        {"tags": ["reversed"], "args": [[[9, 10], [6, 8], [3, 5], [0, 2]]], "expected": 1},
        {"tags": ["extreme-values"], "args": [[[0, 1_000_000], [999_999, 1_000_000], [0, 1]]], "expected": 2},
        {"tags": ["peak-late"], "args": [[[0, 1], [2, 3], [10, 20], [11, 20], [12, 20], [19, 25]]], "expected": 4},
        {"tags": ["off-by-one"], "args": [[[0, 5], [4, 9], [5, 10]]], "expected": 2},
        {"tags": ["off-by-one"], "args": [[[0, 5], [5, 9], [9, 10], [4, 5]]], "expected": 2},
    ]
    cases.append({"tags": ["random"], "args": [_random(rng, 10, 40, 10)]})
    cases.append({"tags": ["random"], "args": [_random(rng, 200, 1000, 100)]})
    cases.append({"tags": ["random", "dense"], "args": [_random(rng, 3000, 10_000, 2000)]})
    cases.append({"tags": ["random", "sparse"], "args": [_random(rng, 3000, 1_000_000, 50)]})
    cases.append({"tags": ["random", "duplicates"], "args": [_random(rng, 1000, 20, 3)]})
    chain = [[i, i + 1] for i in range(0, 5000)] + [[i, i + 1] for i in range(0, 5000, 2)]
    rng.shuffle(chain)
    cases.append({"tags": ["touching", "chain"], "args": [chain]})

    # Max size, LeetCode's: 10_000 meetings; counting the meetings running at every start is 10^8 steps.
    n = 10_000
    cases.append({"tags": ["max-size", "random"], "args": [_random(rng, n, 1_000_000, 100)]})
    chain = [[20 * i, 20 * i + 20] for i in range(n)]
    rng.shuffle(chain)
    cases.append({"tags": ["max-size", "touching", "chain"], "args": [chain]})
    cases.append({"tags": ["max-size", "nested"], "args": [[[i, 1_000_000 - i] for i in range(n)]]})
    cases.append({"tags": ["max-size", "dense"], "args": [_random(rng, n, 1_000_000, 200_000)]})
    return cases
