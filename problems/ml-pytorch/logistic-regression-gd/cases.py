"""Cases for logistic-regression-gd: data, labels, learning rate, steps."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, d, lr, steps, separable=False, balance=0.5):
    X = rng.normal(0, 1, (n, d))
    if separable:
        y = (X @ rng.normal(0, 1, d) > 0).astype(float)
    else:
        y = (rng.random(n) < balance).astype(float)
    return [tensor(X, "float64"), tensor(y, "float64"), lr, steps]


EXAMPLES = [
    {"args": [tensor([[1.0], [-1.0]], "float64"), tensor([1.0, 0.0], "float64"), 1.0, 1],
     "explanation": "At w = b = 0 every p is 1/2: grad_w = ((1/2 - 1) * 1 + (1/2 - 0) * -1) / 2 = -1/2, grad_b = 0; "
                    "so w = [0.5], b = 0."},
]


def hidden_cases():
    rng = np.random.default_rng(47)
    cases = [
        {"tags": ["zero-steps"], "args": case(rng, 5, 3, 0.1, 0)},
        {"tags": ["one-step"], "args": case(rng, 6, 2, 0.5, 1)},
        {"tags": ["bias-only-signal", "all-ones"],
         "args": [tensor(np.zeros((4, 2)), "float64"), tensor(np.ones(4), "float64"), 0.5, 10]},
        {"tags": ["all-zeros"], "args": [tensor(rng.normal(0, 1, (5, 2)), "float64"), tensor(np.zeros(5), "float64"), 0.3, 8]},
        {"tags": ["separable", "large-logits"], "args": case(rng, 40, 3, 5.0, 300, separable=True)},
        {"tags": ["single-example"], "args": case(rng, 1, 3, 0.2, 5)},
        {"tags": ["saturated", "large-logits"],
         "args": [tensor([[100.0], [-100.0]], "float64"), tensor([1.0, 0.0], "float64"), 1.0, 3]},
        {"tags": ["saturated", "large-logits", "separable"],
         "args": [tensor(rng.normal(0, 50, (10, 2)) * [1, 0], "float64"),
                  tensor([1.0, 0.0] * 5, "float64"), 2.0, 5]},
        {"tags": ["single-feature"], "args": case(rng, 20, 1, 0.5, 30)},
        {"tags": ["imbalanced"], "args": case(rng, 30, 4, 0.3, 40, balance=0.1)},
        {"tags": ["large-lr"], "args": case(rng, 25, 3, 20.0, 20)},
        {"tags": ["many-steps"], "args": case(rng, 50, 5, 0.1, 500)},
        {"tags": ["max-size"], "args": case(rng, 2000, 20, 0.5, 200, separable=True)},
    ]
    for _ in range(15):
        cases.append({"tags": ["random"], "args": case(rng, int(rng.integers(1, 60)), int(rng.integers(1, 8)),
                                                       float(rng.choice([0.01, 0.3, 2.0])), int(rng.integers(0, 60)),
                                                       bool(rng.random() < 0.3), float(rng.uniform(0.2, 0.8)))})
    return cases
