"""Cases for split-leakage-check: features, groups, times and split of N rows."""

import numpy as np

from judge.sandbox.wire import tensor

BIG = 10**15


def rows(features, groups, times, split):
    return [tensor(np.asarray(features, np.int64), "int64"), tensor(np.asarray(groups, np.int64), "int64"),
            tensor(np.asarray(times, np.int64), "int64"), tensor(np.asarray(split, np.int64), "int64")]


def clean(rng, n, f, shuffle=True):
    """N rows with distinct features, groups per split and times ordered by split: no leak of any kind."""
    split = np.sort(rng.integers(0, 3, n))
    features = np.column_stack([np.arange(n) * 7 + 3] + [rng.integers(-5, 5, n) for _ in range(f - 1)])
    groups = split * 1000 + rng.integers(0, 50, n)
    times = split * 10**6 + rng.integers(0, 10**6, n)
    order = rng.permutation(n) if shuffle else np.arange(n)
    return features[order], groups[order], times[order], split[order]


def leaky(rng, n, f, values=3, group_count=None, spread=None):
    """Random rows: few feature values (so equal rows happen), shared groups, overlapping times."""
    split = rng.integers(0, 3, n)
    features = rng.integers(0, values, (n, f))
    groups = rng.integers(0, group_count or max(1, n // 3), n)
    times = rng.integers(0, spread or 4 * n + 1, n) + split * (spread or 4 * n) // 2
    return features, groups, times, split


EXAMPLES = [
    {"args": rows([[1, 2], [3, 4], [1, 2], [3, 4]], [7, 8, 9, 7], [10, 30, 20, 25], [0, 0, 1, 2]),
     "explanation": "Rows 2 and 3 repeat training rows 0 and 1; group 7 has rows in train and test; row 1 "
                    "(time 30) is no earlier than row 2 (20) of validation and row 3 (25) of test."},
]


def hidden_cases():
    rng = np.random.default_rng(2112)
    cases = [
        {"tags": ["empty"], "args": rows(np.zeros((0, 3)), [], [], [])},
        {"tags": ["single"], "args": rows([[5]], [1], [0], [2])},
        {"tags": ["clean"], "args": rows(*clean(rng, 40, 3))},
        {"tags": ["clean", "sorted-by-split"], "args": rows(*clean(rng, 30, 2, shuffle=False))},
        {"tags": ["duplicates", "within-one-split"],
         "args": rows([[1, 1], [1, 1], [2, 2], [2, 2], [3, 3]], [1, 2, 3, 4, 5], [1, 2, 10, 11, 20],
                      [0, 0, 1, 1, 2])},
        {"tags": ["duplicates", "test-of-validation"],
         "args": rows([[1, 0], [4, 4], [4, 4]], [1, 2, 3], [1, 5, 9], [0, 1, 2])},
        {"tags": ["duplicates", "later-row-first"],
         "args": rows([[9, 9, 9], [0, 0, 0], [9, 9, 9]], [1, 2, 3], [30, 1, 2], [2, 0, 0])},
        {"tags": ["duplicates", "chain"],
         "args": rows([[2], [2], [2], [3]], [1, 2, 3, 4], [1, 2, 3, 4], [0, 1, 2, 2])},
        {"tags": ["duplicates", "one-column-differs"],
         "args": rows([[1, 2, 3], [1, 2, 4], [0, 2, 3], [1, 2, 3]], [1, 2, 3, 4], [1, 5, 6, 7], [0, 1, 2, 2])},
        {"tags": ["duplicates", "negative"],
         "args": rows([[-BIG, BIG], [BIG, -BIG], [-BIG, BIG]], [0, 1, 2], [-3, -2, -1], [0, 1, 2])},
        {"tags": ["groups", "train-and-validation"],
         "args": rows([[1], [2], [3]], [5, 5, 6], [1, 2, 3], [0, 1, 2])},
        {"tags": ["groups", "validation-and-test"],
         "args": rows([[1], [2], [3], [4]], [5, 6, 6, -6], [1, 2, 3, 4], [0, 1, 2, 2])},
        {"tags": ["groups", "all-three"],
         "args": rows([[1], [2], [3], [4], [5]], [BIG, -BIG, BIG, 0, BIG], [1, 2, 3, 4, 5], [0, 0, 1, 1, 2])},
        {"tags": ["groups", "within-one-split"],
         "args": rows([[1], [2], [3], [4]], [8, 8, 8, 9], [1, 2, 3, 4], [0, 0, 0, 2])},
        {"tags": ["times", "tie"],
         "args": rows([[1], [2], [3]], [1, 2, 3], [5, 5, 9], [0, 1, 2])},
        {"tags": ["times", "tie", "validation-and-test"],
         "args": rows([[1], [2], [3]], [1, 2, 3], [1, 7, 7], [0, 1, 2])},
        {"tags": ["times", "later-than-test-only"],
         "args": rows([[1], [2], [3], [4]], [1, 2, 3, 4], [50, 10, 100, 40], [0, 0, 1, 2])},
        {"tags": ["times", "one-earlier-row"],
         "args": rows([[1], [2], [3], [4], [5]], [1, 2, 3, 4, 5], [10, 20, 30, 5, 40], [0, 0, 0, 2, 2])},
        {"tags": ["times", "negative"],
         "args": rows([[1], [2], [3]], [1, 2, 3], [-BIG, BIG, -BIG + 1], [0, 2, 1])},
        {"tags": ["empty-split", "no-validation"],
         "args": rows([[1], [2], [1], [4]], [1, 2, 1, 4], [3, 8, 6, 7], [0, 0, 2, 2])},
        {"tags": ["empty-split", "no-test"],
         "args": rows([[1], [2], [2]], [1, 2, 3], [3, 9, 6], [0, 0, 1])},
        {"tags": ["empty-split", "train-only"],
         "args": rows([[1], [1], [2]], [1, 1, 2], [3, 2, 1], [0, 0, 0])},
        {"tags": ["empty-split", "no-train"],
         "args": rows([[1], [1], [2]], [1, 1, 2], [3, 2, 1], [1, 2, 2])},
        {"tags": ["everything"], "args": rows(*leaky(rng, 60, 2))},
        {"tags": ["max-size"], "args": rows(*clean(rng, 40000, 8))},
        {"tags": ["max-size", "everything"], "args": rows(*leaky(rng, 40000, 8, values=3))},
        {"tags": ["max-size", "duplicates"], "args": rows(*leaky(rng, 40000, 2, values=150))},
    ]
    for _ in range(12):
        n = int(rng.integers(1, 80))
        cases.append({"tags": ["random"], "args": rows(*leaky(rng, n, int(rng.integers(1, 5)),
                                                                values=int(rng.integers(2, 5)),
                                                                group_count=int(rng.integers(1, n + 1))))})
    return cases
