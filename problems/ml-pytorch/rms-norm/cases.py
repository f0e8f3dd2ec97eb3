"""Cases for rms-norm: [init, state, inputs, grad_output, train]."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, shape, dtype="float64", eps=None, scale=1.0, grad=True, weight=None, x=None):
    dim = shape[-1]
    x = rng.normal(0, scale, shape) if x is None else np.array(x, dtype=float)
    weight = rng.normal(1, 0.3, dim) if weight is None else np.array(weight, dtype=float)
    init = [dim] if eps is None else [dim, eps]
    grad_output = tensor(rng.normal(0, 1, shape), dtype) if grad else None
    return [init, {"weight": tensor(weight, dtype)}, [tensor(x, dtype)], grad_output, True]


EXAMPLES = [
    {"args": case(np.random.default_rng(0), (1, 2), x=[[3.0, 4.0]], weight=[1.0, 1.0], grad=False, eps=0.0),
     "explanation": "The root mean square of [3, 4] is sqrt((9 + 16) / 2) = sqrt(12.5), so [3, 4] / 3.5355..."},
]


def hidden_cases():
    rng = np.random.default_rng(11)
    cases = [
        {"tags": ["forward-only"], "args": case(rng, (3, 8), grad=False)},
        {"tags": ["default-eps", "tiny-values"], "args": case(rng, (2, 4), scale=1e-4)},
        {"tags": ["given-eps", "tiny-values"], "args": case(rng, (2, 4), scale=1e-3, eps=1e-2)},
        {"tags": ["zero-vector"], "args": case(rng, (2, 3), x=[[0, 0, 0], [1, 2, 3]])},
        {"tags": ["dim-1"], "args": case(rng, (5, 1))},
        {"tags": ["no-batch"], "args": case(rng, (6,))},
        {"tags": ["batch-dims"], "args": case(rng, (2, 3, 5))},
        {"tags": ["not-centred"], "args": case(rng, (2, 4), x=[[10, 11, 12, 13], [-5, -5, -5, -5]])},
        {"tags": ["float32"], "args": case(rng, (4, 16), "float32")},
        {"tags": ["float32", "large"], "args": case(rng, (4, 16), "float32", scale=1e3)},
        {"tags": ["weight-gradient", "ones-weight"], "args": case(rng, (3, 3), weight=[1, 1, 1])},
        {"tags": ["max-size"], "args": case(rng, (64, 512))},
    ]
    for i in range(14):
        shape = tuple(int(n) for n in rng.integers(1, 5, size=i % 3)) + (int(rng.integers(1, 20)),)
        cases.append({"tags": ["random"], "args": case(rng, shape, ("float64", "float32")[i % 2],
                                                       eps=(None, 1e-5)[i % 2], scale=float(rng.choice([0.1, 1, 10])))})
    return cases
