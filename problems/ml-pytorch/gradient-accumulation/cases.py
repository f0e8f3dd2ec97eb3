"""Cases for gradient-accumulation: a linear model, a batch and the micro-batch size."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, d, k, m, dtype="float64"):
    return [tensor(rng.normal(0, 1, (d, k)), dtype), tensor(rng.normal(0, 1, k), dtype),
            tensor(rng.normal(0, 1, (n, d)), dtype), tensor(rng.normal(0, 1, (n, k)), dtype), m]


EXAMPLES = [
    {"args": case(np.random.default_rng(0), 5, 2, 1, 2),
     "explanation": "Slices of 2, 2 and 1 examples; their losses weigh 2/5, 2/5 and 1/5 of the batch's."},
]


def hidden_cases():
    rng = np.random.default_rng(37)
    cases = [
        {"tags": ["divides-evenly"], "args": case(rng, 8, 3, 2, 4)},
        {"tags": ["uneven-last-slice"], "args": case(rng, 10, 3, 2, 4)},
        {"tags": ["uneven-last-slice", "last-slice-1"], "args": case(rng, 9, 2, 1, 4)},
        {"tags": ["micro-batch-1"], "args": case(rng, 6, 3, 2, 1)},
        {"tags": ["micro-batch-equals-n"], "args": case(rng, 7, 3, 2, 7)},
        {"tags": ["micro-batch-above-n"], "args": case(rng, 5, 3, 2, 100)},
        {"tags": ["single-example"], "args": case(rng, 1, 4, 3, 3)},
        {"tags": ["single-output"], "args": case(rng, 12, 5, 1, 5)},
        {"tags": ["float32"], "args": case(rng, 20, 4, 3, 6, "float32")},
        {"tags": ["wide"], "args": case(rng, 11, 32, 8, 3)},
        {"tags": ["max-size"], "args": case(rng, 10_000, 32, 4, 999)},
    ]
    for i in range(15):
        n = int(rng.integers(1, 40))
        cases.append({"tags": ["random"], "args": case(rng, n, int(rng.integers(1, 6)), int(rng.integers(1, 4)),
                                                       int(rng.integers(1, n + 3)), ("float64", "float32")[int(i % 5 == 4)])})
    return cases
