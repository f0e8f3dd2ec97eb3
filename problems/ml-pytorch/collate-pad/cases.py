"""Cases for collate-pad: lists of 1-D integer tensors and a pad value."""

import numpy as np

from judge.sandbox.wire import tensor


def _seqs(rows, dtype="int64"):
    return [tensor(np.array(row, dtype=np.int64), dtype) for row in rows]


EXAMPLES = [
    {"args": [_seqs([[5, 6, 7], [8]]), 0],
     "explanation": "T_max is 3; the second row is padded on the right with two zeros; lengths are [3, 1]."},
]


def _random(rng, b, longest, dtype="int64", high=30_000):
    return [tensor(rng.integers(0, high, size=int(rng.integers(0, longest + 1))), dtype) for _ in range(b)]


def hidden_cases():
    rng = np.random.default_rng(31)
    cases = [
        {"tags": ["equal-lengths"], "args": [_seqs([[1, 2], [3, 4], [5, 6]]), 0]},
        {"tags": ["single-sequence"], "args": [_seqs([[9, 8, 7, 6]]), 0]},
        {"tags": ["length-1"], "args": [_seqs([[4], [5]]), 0]},
        {"tags": ["empty-sequence"], "args": [_seqs([[1, 2, 3], [], [4]]), 0]},
        {"tags": ["empty-sequence", "all-empty"], "args": [_seqs([[], []]), 0]},
        {"tags": ["empty-sequence", "first-empty"], "args": [_seqs([[], [7, 7]]), 3]},
        {"tags": ["pad-value"], "args": [_seqs([[1], [2, 3, 4]]), -100]},
        {"tags": ["default-pad-value"], "args": [_seqs([[1], [2, 3, 4]])]},
        {"tags": ["default-pad-value", "empty-sequence"], "args": [_seqs([[], [6, 5], [4]])]},
        {"tags": ["pad-value", "pad-equals-token"], "args": [_seqs([[0, 0], [0]]), 0]},
        {"tags": ["longest-first"], "args": [_seqs([[1, 2, 3, 4, 5], [6], [7, 8]]), 0]},
        {"tags": ["longest-last"], "args": [_seqs([[1], [2, 3], [4, 5, 6, 7]]), 9]},
        {"tags": ["int32", "dtype"], "args": [_seqs([[1, 2], [3]], "int32"), 0]},
        {"tags": ["uint8", "dtype"], "args": [_seqs([[200, 201, 255], [1]], "uint8"), 7]},
        {"tags": ["large-ids"], "args": [_seqs([[2**40, 3], [2**62]]), -1]},
        {"tags": ["negative-ids"], "args": [_seqs([[-5, -6], [-7, -8, -9]]), 0]},
    ]
    for i in range(12):
        dtype = ("int64", "int32", "uint8")[i % 3]
        high = 256 if dtype == "uint8" else 30_000
        pad = int(rng.integers(0, 256)) if dtype == "uint8" else int(rng.integers(-200, 200))
        cases.append({"tags": ["random", dtype], "args": [_random(rng, int(rng.integers(1, 20)), 12, dtype, high), pad]})
    cases.append({"tags": ["max-size"], "args": [_random(rng, 256, 512), 0]})
    return cases
