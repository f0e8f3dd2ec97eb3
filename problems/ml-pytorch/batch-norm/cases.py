"""Cases for batch-norm: [init, state, inputs, grad_output, train]."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, c, train=True, init=None, dtype="float64", scale=1.0, shift=0.0, x=None):
    x = rng.normal(shift, scale, (n, c)) if x is None else np.array(x, dtype=float)
    state = {
        "weight": tensor(rng.normal(1, 0.3, c), dtype), "bias": tensor(rng.normal(0, 0.3, c), dtype),
        "running_mean": tensor(rng.normal(0, 1, c), dtype), "running_var": tensor(rng.uniform(0.5, 2, c), dtype),
    }
    return [init or [c], state, [tensor(x, dtype)], tensor(rng.normal(0, 1, (n, c)), dtype), train]


EXAMPLES = [
    {"args": case(np.random.default_rng(0), 4, 2),
     "explanation": "Training mode: each column normalised by its own mean and biased variance; the running "
                    "statistics move a tenth of the way towards the batch's (unbiased variance)."},
]


def hidden_cases():
    rng = np.random.default_rng(17)
    cases = [
        {"tags": ["train"], "args": case(rng, 8, 3)},
        {"tags": ["eval"], "args": case(rng, 8, 3, train=False)},
        {"tags": ["eval", "batch-1"], "args": case(rng, 1, 4, train=False)},
        {"tags": ["train", "batch-2", "unbiased-running-var"], "args": case(rng, 2, 3)},
        {"tags": ["train", "momentum"], "args": case(rng, 6, 2, init=[2, 1e-5, 0.5])},
        {"tags": ["train", "momentum-1"], "args": case(rng, 5, 2, init=[2, 1e-5, 1.0])},
        {"tags": ["train", "eps"], "args": case(rng, 4, 3, init=[3, 0.5], scale=0.1)},
        {"tags": ["eval", "eps"], "args": case(rng, 4, 3, train=False, init=[3, 0.5])},
        {"tags": ["train", "constant-column"], "args": case(rng, 4, 2, x=[[1, 5], [1, 6], [1, 7], [1, 8]])},
        {"tags": ["train", "large-offset"], "args": case(rng, 16, 4, shift=1e3)},
        {"tags": ["train", "single-feature"], "args": case(rng, 10, 1)},
        {"tags": ["train", "float32"], "args": case(rng, 12, 5, dtype="float32")},
        {"tags": ["eval", "float32"], "args": case(rng, 12, 5, train=False, dtype="float32")},
        {"tags": ["train", "max-size"], "args": case(rng, 4096, 256)},
    ]
    for i in range(12):
        train = i % 2 == 0
        c = int(rng.integers(1, 8))
        init = [[c], [c, 1e-3], [c, 1e-5, 0.3]][i % 3]
        cases.append({"tags": ["random", "train" if train else "eval"], "args": case(
            rng, int(rng.integers(2, 20)), c, train, init, ("float64", "float32")[i % 2],
            float(rng.choice([0.1, 1, 10])), float(rng.normal(0, 3)))})
    return cases
