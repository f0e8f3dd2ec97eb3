"""Cases for logsumexp-function: [inputs, grad_output], compared against autograd's answers."""

import numpy as np

from judge.sandbox.wire import tensor

NEG_INF = float("-inf")


def case(x, grad, dtype="float64"):
    return [[tensor(x, dtype)], tensor(grad, dtype)]


def rand(rng, shape, scale=1.0, dtype="float64"):
    return case(rng.normal(0, scale, shape), rng.normal(0, 1, shape[:-1]), dtype)


EXAMPLES = [
    {"args": case([[0.0, 0.0]], [1.0]),
     "explanation": "log(1 + 1) = log 2; the gradient is the softmax, [0.5, 0.5], times the incoming 1."},
]


def hidden_cases():
    rng = np.random.default_rng(23)
    cases = [
        {"tags": ["k-1"], "args": case([[3.0], [-2.0]], [1.0, 2.0])},
        {"tags": ["vector"], "args": rand(rng, (5,))},
        {"tags": ["grad-scales"], "args": case([[1.0, 2.0, 3.0]], [-4.0])},
        {"tags": ["large-logits"], "args": case([[1000.0, 1000.0, 999.0]], [1.0])},
        {"tags": ["very-negative"], "args": case([[-1000.0, -1001.0]], [1.0])},
        {"tags": ["neg-inf", "masked"], "args": case([[0.0, NEG_INF, 1.0]], [1.0])},
        {"tags": ["ties"], "args": case(np.zeros((2, 4)), [1.0, 0.5])},
        {"tags": ["batch-dims"], "args": rand(rng, (2, 3, 4))},
        {"tags": ["zero-grad"], "args": case([[1.0, 2.0]], [0.0])},
        {"tags": ["float32"], "args": rand(rng, (4, 6), dtype="float32")},
        {"tags": ["float32", "large-logits"], "args": rand(rng, (3, 5), scale=500.0, dtype="float32")},
        {"tags": ["max-size"], "args": rand(rng, (256, 1000), scale=10.0)},
    ]
    for i in range(14):
        shape = tuple(int(n) for n in rng.integers(1, 5, size=i % 3)) + (int(rng.integers(1, 12)),)
        cases.append({"tags": ["random"], "args": rand(rng, shape, float(rng.choice([0.5, 5, 500])),
                                                      ("float64", "float32")[int(i % 4 == 3)])})
    return cases
