"""Cases for shard-indices: dataset size, workers, rank, drop_last."""

EXAMPLES = [
    {"args": [5, 2, 1], "expected": [1, 3, 0],
     "explanation": "The list 0 1 2 3 4 is extended to 0 1 2 3 4 0; worker 1 takes positions 1, 3 and 5."},
]


def hidden_cases():
    cases = [
        {"tags": ["divides-evenly"], "args": [6, 3, 0, False], "expected": [0, 3]},
        {"tags": ["divides-evenly", "drop-last"], "args": [6, 3, 2, True], "expected": [2, 5]},
        {"tags": ["padding", "wraps-around"], "args": [5, 2, 1, False], "expected": [1, 3, 0]},
        {"tags": ["padding", "rank-0"], "args": [5, 2, 0, False], "expected": [0, 2, 4]},
        {"tags": ["drop-last"], "args": [5, 2, 1, True], "expected": [1, 3]},
        {"tags": ["drop-last", "rank-0"], "args": [7, 3, 0, True], "expected": [0, 3]},
        {"tags": ["fewer-examples-than-workers", "repeats"], "args": [2, 5, 4, False], "expected": [0]},
        {"tags": ["fewer-examples-than-workers", "repeats"], "args": [2, 5, 3, False], "expected": [1]},
        {"tags": ["fewer-examples-than-workers", "drop-last"], "args": [2, 5, 1, True], "expected": []},
        {"tags": ["empty-dataset"], "args": [0, 3, 1, False], "expected": []},
        {"tags": ["empty-dataset", "drop-last"], "args": [0, 3, 0, True], "expected": []},
        {"tags": ["one-worker"], "args": [4, 1, 0, False], "expected": [0, 1, 2, 3]},
        {"tags": ["one-example"], "args": [1, 4, 2, False], "expected": [0]},
        {"tags": ["last-rank"], "args": [10, 4, 3, False], "expected": [3, 7, 1]},
        {"tags": ["last-rank", "drop-last"], "args": [10, 4, 3, True], "expected": [3, 7]},
        {"tags": ["default-drop-last"], "args": [10, 4, 2], "expected": [2, 6, 0]},
        {"tags": ["many-workers"], "args": [1000, 1024, 1023, False]},
        {"tags": ["max-size"], "args": [1_000_000, 3, 2, False]},
        {"tags": ["max-size", "drop-last"], "args": [1_000_000, 7, 6, True]},
    ]
    for n, r, k, drop in [(13, 4, 1, False), (13, 4, 3, True), (3, 8, 7, False), (9, 9, 8, True), (17, 5, 0, False),
                          (100, 7, 6, False), (101, 10, 9, True), (8, 3, 2, False)]:
        cases.append({"tags": ["grid"], "args": [n, r, k, drop]})
    return cases
