"""Cases for layer-norm: x of shape (..., D), weight and bias of shape (D,), eps."""

import numpy as np

from judge.sandbox.wire import tensor


def _case(rng, shape, dtype="float32", scale=1.0, shift=0.0, eps=1e-5, affine=True):
    d = shape[-1]
    x = rng.normal(shift, scale, shape)
    weight = rng.normal(1, 0.5, d) if affine else np.ones(d)
    bias = rng.normal(0, 0.5, d) if affine else np.zeros(d)
    return [tensor(x, dtype), tensor(weight, dtype), tensor(bias, dtype), eps]


EXAMPLES = [
    {"args": [tensor([[1, 2, 3]]), tensor([1, 1, 1]), tensor([0, 0, 0]), 0.0],
     "explanation": "Mean 2, biased variance 2/3: each value becomes (x - 2) / sqrt(2/3)."},
]


def hidden_cases():
    rng = np.random.default_rng(5)
    cases = [
        {"tags": ["no-batch", "vector"], "args": _case(rng, (7,))},
        {"tags": ["identity-affine"], "args": _case(rng, (3, 5), affine=False)},
        {"tags": ["biased-variance", "small-d"], "args": [tensor([[1, 3]]), tensor([1, 1]), tensor([0, 0]), 0.0]},
        {"tags": ["d-1", "constant-row"], "args": _case(rng, (4, 1))},
        {"tags": ["constant-row"], "args": [tensor([[5, 5, 5], [1, 2, 3]]), tensor([2, 2, 2]), tensor([1, -1, 0.5]), 1e-5]},
        {"tags": ["eps"], "args": _case(rng, (3, 4), scale=1e-3, eps=1e-2)},
        {"tags": ["eps", "default-eps"], "args": _case(rng, (3, 4), scale=1e-3)[:3]},
        {"tags": ["large-offset"], "args": _case(rng, (4, 16), "float64", shift=1e4)},
        {"tags": ["large-scale"], "args": _case(rng, (4, 16), scale=1e3)},
        {"tags": ["batch-dims"], "args": _case(rng, (2, 3, 4, 8))},
        {"tags": ["float64"], "args": _case(rng, (5, 9), "float64")},
        {"tags": ["weight-and-bias"], "args": _case(rng, (6, 6))},
        {"tags": ["zero-weight"], "args": [tensor(rng.normal(0, 1, (2, 3))), tensor([0, 0, 0]), tensor([1, 2, 3]), 1e-5]},
        {"tags": ["negative-weight"], "args": [tensor(rng.normal(0, 1, (2, 4))), tensor([-1, 2, -3, 4]), tensor([0, 0, 0, 0]), 1e-5]},
        {"tags": ["max-size"], "args": _case(rng, (200, 1000))},
    ]
    for i in range(12):
        shape = tuple(int(n) for n in rng.integers(1, 6, size=i % 3)) + (int(rng.integers(1, 40)),)
        cases.append({"tags": ["random"], "args": _case(rng, shape, ("float32", "float64")[i % 2],
                                                        scale=float(rng.choice([0.1, 1.0, 30.0])),
                                                        shift=float(rng.normal(0, 5)))})
    return cases
