"""Cases for length-bucket-batches: lengths, batch size, bucket size."""

import random

EXAMPLES = [
    {"args": [[5, 1, 4, 2, 3], 2, 4], "expected": [[1, 3], [2, 0], [4]],
     "explanation": "Bucket 0..3 sorted by length is 1, 3, 2, 0; bucket 4..4 is 4."},
]


def hidden_cases():
    rng = random.Random(41)
    cases = [
        {"tags": ["empty"], "args": [[], 2, 4], "expected": []},
        {"tags": ["single"], "args": [[7], 1, 1], "expected": [[0]]},
        {"tags": ["ties", "stable"], "args": [[3, 3, 3, 3], 2, 4], "expected": [[0, 1], [2, 3]]},
        {"tags": ["ties", "stable", "mixed"], "args": [[2, 1, 2, 1, 2], 2, 5], "expected": [[1, 3], [0, 2], [4]]},
        {"tags": ["bucket-equals-batch"], "args": [[4, 3, 2, 1], 2, 2], "expected": [[1, 0], [3, 2]]},
        {"tags": ["one-bucket"], "args": [[9, 8, 7, 6, 5], 2, 10], "expected": [[4, 3], [2, 1], [0]]},
        {"tags": ["short-last-bucket"], "args": [[1, 2, 3, 0], 1, 3], "expected": [[0], [1], [2], [3]]},
        {"tags": ["batches-never-mix-buckets"], "args": [[5, 4, 3, 2, 1, 0], 2, 3],
         "expected": [[2, 1], [0], [5, 4], [3]]},
        {"tags": ["zero-lengths"], "args": [[0, 0, 1, 0], 3, 4], "expected": [[0, 1, 3], [2]]},
        {"tags": ["already-sorted"], "args": [list(range(10)), 3, 5]},
        {"tags": ["reverse-sorted"], "args": [list(range(10, 0, -1)), 3, 5]},
        {"tags": ["batch-1"], "args": [[3, 1, 2], 1, 3]},
    ]
    for _ in range(12):
        n = rng.randint(1, 60)
        batch = rng.randint(1, 8)
        cases.append({"tags": ["random"], "args": [[rng.randint(0, 20) for _ in range(n)], batch,
                                                   batch * rng.randint(1, 4)]})
    cases.append({"tags": ["max-size"], "args": [[rng.randint(0, 10**6) for _ in range(100_000)], 32, 3200]})
    cases.append({"tags": ["max-size", "one-bucket"], "args": [[rng.randint(0, 10**6) for _ in range(100_000)], 64,
                                                               100_000]})
    return cases
