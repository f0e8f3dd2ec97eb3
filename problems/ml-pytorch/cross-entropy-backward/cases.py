"""Cases for cross-entropy-backward: logits and targets."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, c, scale=2.0, dtype="float32"):
    return [tensor(rng.normal(0, scale, (n, c)), dtype), tensor(rng.integers(0, c, n), "int64")]


EXAMPLES = [
    {"args": [tensor([[0.0, 0.0]]), tensor([1], "int64")],
     "explanation": "softmax is [0.5, 0.5]; minus the one-hot [0, 1] gives [0.5, -0.5]; N = 1."},
]


def hidden_cases():
    rng = np.random.default_rng(61)
    cases = [
        {"tags": ["uniform"], "args": [tensor(np.zeros((3, 4))), tensor([0, 1, 3], "int64")]},
        {"tags": ["single-class"], "args": [tensor([[5.0], [-3.0]]), tensor([0, 0], "int64")]},
        {"tags": ["single-example"], "args": case(rng, 1, 5)},
        {"tags": ["mean-over-batch"], "args": case(rng, 8, 3)},
        {"tags": ["large-logits"], "args": [tensor([[1000.0, 0.0, -1000.0], [0.0, 1000.0, 999.0]]),
                                            tensor([2, 1], "int64")]},
        {"tags": ["confident-and-right"], "args": [tensor([[50.0, 0.0]]), tensor([0], "int64")]},
        {"tags": ["confident-and-wrong"], "args": [tensor([[50.0, 0.0]]), tensor([1], "int64")]},
        {"tags": ["repeated-targets"], "args": [tensor(rng.normal(0, 1, (6, 3))), tensor([2] * 6, "int64")]},
        {"tags": ["float64"], "args": case(rng, 10, 7, dtype="float64")},
        {"tags": ["large-logits", "float64"], "args": case(rng, 5, 4, 3000.0, "float64")},
        {"tags": ["max-size"], "args": case(rng, 2048, 500)},
    ]
    for i in range(15):
        cases.append({"tags": ["random"], "args": case(rng, int(rng.integers(1, 30)), int(rng.integers(1, 12)),
                                                       float(rng.choice([0.5, 5, 500])), ("float32", "float64")[i % 2])})
    return cases
