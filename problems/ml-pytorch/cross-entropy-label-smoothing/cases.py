"""Cases for cross-entropy-label-smoothing: logits (N, C), int64 targets, ignore_index, label_smoothing."""

import numpy as np

from judge.sandbox.wire import tensor


def _t(values):
    return tensor(np.array(values, dtype=np.int64), "int64")


EXAMPLES = [
    {"args": [tensor([[0, 0], [0, 0]]), _t([0, -100])],
     "explanation": "The second example is ignored; the first puts probability 1/2 on its class: log 2."},
]


def _random(rng, n, c, dtype="float32", scale=2.0, ignore=-100, ignored=0.0, smoothing=0.0):
    target = rng.integers(0, c, n)
    target[rng.random(n) < ignored] = ignore
    return [tensor(rng.normal(0, scale, (n, c)), dtype), _t(target), ignore, smoothing]


def hidden_cases():
    rng = np.random.default_rng(21)
    cases = [
        {"tags": ["plain"], "args": [tensor([[2.0, 1.0, 0.1]]), _t([0])]},
        {"tags": ["smoothing"], "args": [tensor([[2.0, 1.0, 0.1]]), _t([0]), -100, 0.1]},
        {"tags": ["smoothing", "full-smoothing"], "args": [tensor([[2.0, 1.0, 0.1], [0, 5, 1]]), _t([0, 1]), -100, 1.0]},
        {"tags": ["ignore-index", "default"], "args": [tensor([[1.0, 2.0], [3.0, 1.0], [0.5, 0.5]]), _t([1, -100, 0])]},
        {"tags": ["ignore-index", "custom"], "args": [tensor([[1.0, 2.0], [3.0, 1.0]]), _t([1, 0]), 0, 0.0]},
        {"tags": ["ignore-index", "custom", "smoothing"],
         "args": [tensor([[1.0, 2.0, 0.0], [3.0, 1.0, 2.0], [0, 0, 9]]), _t([2, 1, 2]), 2, 0.2]},
        {"tags": ["all-ignored", "nan"], "args": [tensor([[1.0, 2.0], [0.0, 0.0]]), _t([-100, -100])]},
        {"tags": ["all-ignored", "nan", "smoothing"], "args": [tensor([[1.0, 2.0]]), _t([-1]), -1, 0.3]},
        {"tags": ["mean-over-kept"], "args": _random(rng, 10, 4, ignored=0.5)},
        {"tags": ["large-logits"], "args": [tensor([[1000.0, 0.0, -1000.0], [0.0, 1000.0, 999.0]]), _t([0, 2])]},
        {"tags": ["large-logits", "smoothing"], "args": [tensor([[1000.0, 0.0, -1000.0]]), _t([1]), -100, 0.1]},
        {"tags": ["single-class"], "args": [tensor([[3.0], [-2.0]]), _t([0, 0]), -100, 0.5]},
        {"tags": ["single-example"], "args": [tensor([[0.3, -0.2, 0.9, 0.0]]), _t([3])]},
        {"tags": ["float64", "smoothing"], "args": _random(rng, 20, 7, "float64", smoothing=0.15)},
        {"tags": ["confident-and-right"], "args": [tensor([[50.0, 0.0], [0.0, 50.0]]), _t([0, 1])]},
        {"tags": ["confident-and-wrong"], "args": [tensor([[50.0, 0.0], [0.0, 50.0]]), _t([1, 0])]},
        {"tags": ["max-size"], "args": _random(rng, 2048, 500, ignored=0.1, smoothing=0.1)},
    ]
    for i in range(10):
        cases.append({"tags": ["random"], "args": _random(
            rng, int(rng.integers(1, 30)), int(rng.integers(1, 12)), ("float32", "float64")[i % 2],
            scale=float(rng.choice([0.5, 3, 300])), ignore=int(rng.choice([-100, -1, 0])),
            ignored=float(rng.choice([0, 0.3])), smoothing=float(rng.choice([0.0, 0.1, 0.5])))})
    return cases
