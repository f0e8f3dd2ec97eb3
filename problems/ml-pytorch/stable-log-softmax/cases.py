"""Cases for stable-log-softmax: logits and the dimension."""

import numpy as np

from judge.sandbox.wire import tensor

NEG_INF = float("-inf")

EXAMPLES = [
    {"args": [tensor([[1000, 1000]]), -1], "explanation": "exp(1000) overflows; the answer is log(1/2) twice."},
]


def hidden_cases():
    rng = np.random.default_rng(8)
    cases = [
        {"tags": ["small"], "args": [tensor([[0.0, 1.0, 2.0]]), -1]},
        {"tags": ["large-logits"], "args": [tensor([[1000.0, 1001.0, 999.0]]), -1]},
        {"tags": ["large-logits", "float64"], "args": [tensor([[1e4, -1e4, 0.0]], "float64"), 1]},
        {"tags": ["very-negative"], "args": [tensor([[-1000.0, -1002.0]]), -1]},
        {"tags": ["underflow"], "args": [tensor([[0.0, -200.0]]), -1]},
        {"tags": ["neg-inf", "masked-class"], "args": [tensor([[0.0, NEG_INF, 1.0]]), -1]},
        {"tags": ["neg-inf", "one-finite"], "args": [tensor([[NEG_INF, 3.0, NEG_INF]]), -1]},
        {"tags": ["single-class"], "args": [tensor([[5.0], [-7.0]]), -1]},
        {"tags": ["ties", "uniform"], "args": [tensor(np.zeros((2, 4))), -1]},
        {"tags": ["dim-0"], "args": [tensor(rng.normal(0, 3, (4, 3))), 0]},
        {"tags": ["middle-dim"], "args": [tensor(rng.normal(0, 3, (2, 5, 3))), 1]},
        {"tags": ["negative-dim"], "args": [tensor(rng.normal(0, 3, (2, 5, 3))), -2]},
        {"tags": ["default-dim"], "args": [tensor(rng.normal(0, 3, (3, 4)))]},
        {"tags": ["vector"], "args": [tensor(rng.normal(0, 3, (6,))), 0]},
        {"tags": ["float16", "large-logits"], "args": [tensor([[60000.0, 60000.0, 0.0]], "float16"), -1]},
        {"tags": ["float16", "fp16-overflow"], "args": [tensor(rng.normal(0, 8, (4, 300)), "float16"), -1]},
        {"tags": ["float16"], "args": [tensor(rng.normal(0, 1, (3, 7)), "float16"), -1]},
        {"tags": ["max-size", "large-logits"], "args": [tensor(rng.normal(0, 500, (64, 3000))), -1]},
    ]
    for i in range(10):
        shape = tuple(int(n) for n in rng.integers(1, 6, size=1 + i % 3))
        dim = int(rng.integers(-len(shape), len(shape)))
        x = rng.normal(0, float(rng.choice([1, 100, 3000])), shape)
        cases.append({"tags": ["random"], "args": [tensor(x, ("float32", "float64")[i % 2]), dim]})
    return cases
