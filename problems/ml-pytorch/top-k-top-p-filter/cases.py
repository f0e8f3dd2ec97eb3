"""Cases for top-k-top-p-filter: logits with distinct values per row, top_k, top_p."""

import numpy as np

from judge.sandbox.wire import tensor


def distinct(rng, b, v, scale=2.0):
    rows = [rng.permutation(v) * 1.0 + rng.uniform(0, 0.5, v) for _ in range(b)]
    return np.array(rows) * scale / max(v, 1)


EXAMPLES = [
    {"args": [tensor([[2.0, 1.0, 0.0, -1.0]]), 3, 0.7],
     "explanation": "Top-k drops -1. Before 1.0 the kept mass is 0.665 (kept); before 0.0 it is 0.910 (removed)."},
]


def hidden_cases():
    rng = np.random.default_rng(31)
    unsorted = np.array([[0.0, 3.0, -1.0, 2.0, 1.0]])
    cases = [
        {"tags": ["no-filter"], "args": [tensor(unsorted), 0, 1.0]},
        {"tags": ["top-k-only", "unsorted"], "args": [tensor(unsorted), 2, 1.0]},
        {"tags": ["top-k-1", "greedy"], "args": [tensor(unsorted), 1]},
        {"tags": ["top-k-equals-v"], "args": [tensor(unsorted), 5, 1.0]},
        {"tags": ["top-k-above-v"], "args": [tensor(unsorted), 9, 1.0]},
        {"tags": ["top-p-only", "unsorted"], "args": [tensor(unsorted), 0, 0.5]},
        {"tags": ["top-p-tiny", "most-likely-kept"], "args": [tensor(unsorted), 0, 1e-6]},
        {"tags": ["top-p-boundary", "sum-crossing-kept"], "args": [tensor([[np.log(0.5), np.log(0.3), np.log(0.2)]]), 0, 0.55]},
        {"tags": ["top-p-boundary", "just-above"], "args": [tensor([[np.log(0.5), np.log(0.3), np.log(0.2)]], "float64"), 0, 0.8000001]},
        {"tags": ["top-p-boundary", "just-below"], "args": [tensor([[np.log(0.5), np.log(0.3), np.log(0.2)]], "float64"), 0, 0.7999999]},
        {"tags": ["both", "example-like"], "args": [tensor([[2.0, 1.0, 0.0, -1.0]]), 3, 0.7]},
        {"tags": ["both", "top-k-first"], "args": [tensor([[0.0, 0.1, 0.2, 0.3, 5.0]]), 4, 0.9]},
        {"tags": ["single-token"], "args": [tensor([[4.0]]), 1, 0.3]},
        {"tags": ["rows-differ"], "args": [tensor(distinct(rng, 4, 10, 8.0)), 0, 0.6]},
        {"tags": ["large-logits"], "args": [tensor(distinct(rng, 3, 8, 5000.0)), 0, 0.9]},
        {"tags": ["float64"], "args": [tensor(distinct(rng, 3, 12), "float64"), 5, 0.8]},
        {"tags": ["default-top-p"], "args": [tensor(distinct(rng, 2, 6)), 3]},
        {"tags": ["defaults", "no-filter"], "args": [tensor(distinct(rng, 2, 6))]},
        {"tags": ["max-size"], "args": [tensor(distinct(rng, 4, 50_000, 20.0)), 1000, 0.9]},
    ]
    for i in range(10):
        b, v = int(rng.integers(1, 5)), int(rng.integers(1, 30))
        cases.append({"tags": ["random"], "args": [tensor(distinct(rng, b, v, float(rng.choice([1, 10, 100]))),
                                                          ("float32", "float64")[i % 2]),
                                                   int(rng.integers(0, v + 2)), float(rng.choice([0.3, 0.9, 1.0]))]})
    return cases
