"""Cases for kmeans-lloyd: points, starting centroids, rounds."""

import numpy as np

from judge.sandbox.wire import tensor


def f(values):
    return tensor(values, "float64")


def blobs(rng, n, k, d, spread=0.3):
    centres = rng.uniform(-10, 10, (k, d))
    X = centres[rng.integers(0, k, n)] + rng.normal(0, spread, (n, d))
    return X, X[rng.choice(n, size=k, replace=False)] + rng.normal(0, 0.01, (k, d))


def case(rng, n, k, d, iters, spread=0.3):
    X, init = blobs(rng, n, k, d, spread)
    return [f(X), f(init), iters]


EXAMPLES = [
    {"args": [f([[0.0], [1.0], [10.0], [11.0]]), f([[0.0], [1.0]]), 2],
     "explanation": "Round 1: {0} and {1, 10, 11}, centroids 0 and 7.33. Round 2: {0, 1} and {10, 11}, "
                    "centroids 0.5 and 10.5."},
]


def hidden_cases():
    rng = np.random.default_rng(59)
    cases = [
        {"tags": ["zero-iterations"], "args": case(rng, 10, 2, 2, 0)},
        {"tags": ["one-iteration"], "args": case(rng, 20, 3, 2, 1)},
        {"tags": ["converges"], "args": case(rng, 60, 4, 2, 20)},
        {"tags": ["empty-cluster"], "args": [f([[0.0], [1.0], [2.0]]), f([[1.0], [100.0]]), 3]},
        {"tags": ["tie", "smaller-index"], "args": [f([[0.0], [2.0]]), f([[1.0], [1.0]]), 1]},
        {"tags": ["tie", "final-labels"], "args": [f([[1.0]]), f([[0.0], [2.0]]), 0]},
        {"tags": ["k-1"], "args": case(rng, 15, 1, 3, 2)},
        {"tags": ["k-equals-n"], "args": [f([[0.0, 0.0], [5.0, 5.0], [9.0, 0.0]]), f([[1.0, 1.0], [4.0, 4.0], [8.0, 1.0]]), 2]},
        {"tags": ["single-point"], "args": [f([[3.0, 4.0]]), f([[0.0, 0.0], [10.0, 10.0]]), 2]},
        {"tags": ["duplicates"], "args": [f([[1.0], [1.0], [1.0], [5.0]]), f([[0.0], [6.0]]), 3]},
        {"tags": ["one-dimension"], "args": case(rng, 30, 3, 1, 5)},
        {"tags": ["high-dimension"], "args": case(rng, 50, 4, 16, 5)},
        {"tags": ["max-size"], "args": case(rng, 5000, 32, 16, 10)},
    ]
    for _ in range(12):
        cases.append({"tags": ["random"], "args": case(rng, int(rng.integers(5, 80)), int(rng.integers(1, 6)),
                                                       int(rng.integers(1, 4)), int(rng.integers(0, 8)))})
    return cases
