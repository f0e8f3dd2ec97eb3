"""Cases for adamw-steps: starting parameters, k steps of gradients, and the hyperparameters."""

import numpy as np

from judge.sandbox.wire import tensor


def _setup(rng, shapes, k, dtype="float64", gscale=1.0):
    params = [tensor(rng.normal(0, 1, s), dtype) for s in shapes]
    grads = [[tensor(rng.normal(0, gscale, s), dtype) for s in shapes] for _ in range(k)]
    return params, grads


def case(rng, shapes, k, lr=1e-2, betas=(0.9, 0.999), eps=1e-8, wd=0.0, dtype="float64", gscale=1.0):
    params, grads = _setup(rng, shapes, k, dtype, gscale)
    return [params, grads, lr, betas, eps, wd]


EXAMPLES = [
    {"args": [[tensor([1.0, -1.0])], [[tensor([0.5, -2.0])]], 0.1, (0.9, 0.999), 1e-8, 0.0],
     "explanation": "After one step the corrected moments are g and g * g, so each parameter moves by about "
                    "lr * sign(g): [0.9, -0.9]."},
]


def hidden_cases():
    rng = np.random.default_rng(42)
    return [
        {"tags": ["one-step"], "args": case(rng, [(3,)], 1)},
        {"tags": ["bias-correction", "two-steps"], "args": case(rng, [(3,)], 2)},
        {"tags": ["many-steps"], "args": case(rng, [(4,), (2, 2)], 30)},
        {"tags": ["zero-steps"], "args": case(rng, [(2,), (3,)], 0, wd=0.1)},
        {"tags": ["weight-decay"], "args": case(rng, [(5,)], 3, wd=0.1)},
        {"tags": ["weight-decay", "decoupled"], "args": case(rng, [(5,)], 1, lr=0.5, wd=0.5)},
        {"tags": ["zero-gradient"], "args": [[tensor([1.0, 2.0], "float64")], [[tensor([0.0, 0.0], "float64")]] * 3,
                                             0.1, (0.9, 0.999), 1e-8, 0.0]},
        {"tags": ["eps-matters", "tiny-gradient"], "args": case(rng, [(4,)], 3, eps=1e-3, gscale=1e-4)},
        {"tags": ["betas"], "args": case(rng, [(3,)], 5, betas=(0.5, 0.6))},
        {"tags": ["betas", "beta1-zero"], "args": case(rng, [(3,)], 4, betas=(0.0, 0.99))},
        {"tags": ["scalar-parameter"], "args": case(rng, [()], 4)},
        {"tags": ["matrix", "several-parameters"], "args": case(rng, [(3, 4), (4,), (4, 2)], 6, wd=0.01)},
        {"tags": ["float32"], "args": case(rng, [(8,)], 5, dtype="float32")},
        {"tags": ["large-gradient"], "args": case(rng, [(3,)], 5, gscale=1e6)},
        {"tags": ["sign-flip"], "args": [[tensor([0.0, 0.0], "float64")],
                                         [[tensor([1.0, -1.0], "float64")], [tensor([-1.0, 1.0], "float64")]] * 3,
                                         0.1, (0.9, 0.999), 1e-8, 0.0]},
        {"tags": ["max-size"], "args": case(rng, [(64, 64)] * 8, 50, wd=0.01)},
    ] + [
        {"tags": ["random"], "args": case(rng, [tuple(int(n) for n in rng.integers(1, 4, size=int(rng.integers(0, 3))))
                                               for _ in range(int(rng.integers(1, 4)))], int(rng.integers(1, 8)),
                                          lr=float(rng.choice([1e-3, 1e-2, 0.3])),
                                          betas=(float(rng.uniform(0.5, 0.95)), float(rng.uniform(0.9, 0.9999))),
                                          eps=float(rng.choice([1e-8, 1e-4])), wd=float(rng.choice([0, 0.01, 0.2])),
                                          dtype=("float64", "float32")[i % 2])}
        for i in range(10)
    ]
