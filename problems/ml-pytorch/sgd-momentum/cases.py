"""Cases for sgd-momentum: parameters, k steps of gradients, and the hyperparameters."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, shapes, k, lr=0.1, momentum=0.9, dampening=0.0, wd=0.0, nesterov=False, dtype="float64"):
    params = [tensor(rng.normal(0, 1, s), dtype) for s in shapes]
    grads = [[tensor(rng.normal(0, 1, s), dtype) for s in shapes] for _ in range(k)]
    return [params, grads, lr, momentum, dampening, wd, nesterov]


EXAMPLES = [
    {"args": [[tensor([1.0])], [[tensor([1.0])], [tensor([1.0])]], 0.1, 0.9, 0.0, 0.0, False],
     "explanation": "Step 1: buf = 1, p = 0.9. Step 2: buf = 0.9 * 1 + 1 = 1.9, p = 0.9 - 0.19 = 0.71."},
]


def hidden_cases():
    rng = np.random.default_rng(3)
    cases = [
        {"tags": ["plain-sgd", "no-momentum"], "args": case(rng, [(3,)], 3, momentum=0.0)},
        {"tags": ["no-momentum", "weight-decay"], "args": case(rng, [(3,)], 2, momentum=0.0, wd=0.1)},
        {"tags": ["one-step"], "args": case(rng, [(4,)], 1)},
        {"tags": ["first-step-undampened", "dampening"], "args": case(rng, [(4,)], 1, dampening=0.5)},
        {"tags": ["dampening"], "args": case(rng, [(4,)], 4, dampening=0.5)},
        {"tags": ["nesterov"], "args": case(rng, [(4,)], 4, nesterov=True)},
        {"tags": ["nesterov", "one-step"], "args": case(rng, [(4,)], 1, nesterov=True)},
        {"tags": ["nesterov", "weight-decay"], "args": case(rng, [(2, 3)], 5, nesterov=True, wd=0.05)},
        {"tags": ["weight-decay"], "args": case(rng, [(5,)], 3, wd=0.2)},
        {"tags": ["zero-steps"], "args": case(rng, [(2,), (3,)], 0)},
        {"tags": ["zero-steps", "no-momentum"], "args": case(rng, [(2,)], 0, momentum=0.0)},
        {"tags": ["scalar-parameter"], "args": case(rng, [()], 3)},
        {"tags": ["several-parameters"], "args": case(rng, [(2, 2), (3,), ()], 6, momentum=0.5, dampening=0.1)},
        {"tags": ["float32"], "args": case(rng, [(6,)], 5, dtype="float32")},
        {"tags": ["high-momentum"], "args": case(rng, [(3,)], 20, momentum=0.99)},
        {"tags": ["max-size"], "args": case(rng, [(64, 64)] * 8, 50, wd=1e-4, nesterov=True)},
    ]
    for i in range(10):
        nesterov = bool(i % 3 == 0)
        cases.append({"tags": ["random"] + (["nesterov"] if nesterov else []), "args": case(
            rng, [tuple(int(n) for n in rng.integers(1, 4, size=int(rng.integers(0, 3)))) for _ in range(2)],
            int(rng.integers(1, 8)), lr=float(rng.choice([0.01, 0.3])), momentum=float(rng.choice([0.0, 0.5, 0.9])),
            dampening=0.0 if nesterov else float(rng.choice([0.0, 0.3])), wd=float(rng.choice([0.0, 0.1])),
            nesterov=nesterov, dtype=("float64", "float32")[i % 2])})
    return cases
