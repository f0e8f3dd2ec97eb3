"""Cases for clip-grad-norm: gradients, max_norm, norm_type."""

import numpy as np

from judge.sandbox.wire import tensor

INF = float("inf")


def _grads(rng, shapes, scale=1.0, dtype="float32"):
    return [tensor(rng.normal(0, scale, s), dtype) for s in shapes]


EXAMPLES = [
    {"args": [[tensor([3.0, 0.0]), tensor([[4.0]])], 1.0],
     "explanation": "The global norm is sqrt(9 + 16) = 5, so every gradient is scaled by about 1/5."},
]


def hidden_cases():
    rng = np.random.default_rng(9)
    cases = [
        {"tags": ["global-not-per-tensor"], "args": [[tensor([3.0]), tensor([4.0])], 1.0]},
        {"tags": ["under-the-limit"], "args": [_grads(rng, [(3,), (2, 2)], 0.1), 10.0]},
        {"tags": ["exactly-the-limit"], "args": [[tensor([3.0, 4.0])], 5.0]},
        {"tags": ["over-the-limit"], "args": [_grads(rng, [(3,), (2, 2)], 10.0), 1.0]},
        {"tags": ["zero-gradients"], "args": [[tensor(np.zeros(3)), tensor(np.zeros((2, 2)))], 1.0]},
        {"tags": ["inf-norm"], "args": [[tensor([3.0, -7.0]), tensor([[4.0, 1.0]])], 2.0, INF]},
        {"tags": ["inf-norm", "under-the-limit"], "args": [[tensor([0.5, -0.25])], 1.0, INF]},
        {"tags": ["default-norm-type"], "args": [_grads(rng, [(5,)], 3.0), 2.0]},
        {"tags": ["scalar-gradient"], "args": [[tensor(-9.0), tensor(12.0)], 3.0]},
        {"tags": ["single-gradient"], "args": [_grads(rng, [(7,)], 2.0), 0.5]},
        {"tags": ["float64"], "args": [_grads(rng, [(4,), (3, 3)], 5.0, "float64"), 1.0]},
        {"tags": ["tiny-max-norm"], "args": [_grads(rng, [(4,)], 1.0), 1e-3]},
        {"tags": ["max-size"], "args": [_grads(rng, [(256, 256)] * 8), 1.0]},
    ]
    for i in range(14):
        shapes = [tuple(int(n) for n in rng.integers(1, 5, size=int(rng.integers(0, 3))))
                  for _ in range(int(rng.integers(1, 5)))]
        args = [_grads(rng, shapes, float(rng.choice([0.01, 1.0, 100.0])), ("float32", "float64")[i % 2]),
                float(rng.choice([0.1, 1.0, 5.0]))]
        if i % 3 == 0:
            args.append(INF)
        cases.append({"tags": ["random"], "args": args})
    return cases
