"""Cases for kv-cache-decode-step: a new token's q, k, v and the caches of T earlier tokens."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, b, h, t, d, dv, dtype="float32", scale=1.0):
    def r(*shape, s=1.0):
        return tensor(rng.normal(0, s, shape), dtype)

    return [r(b, h, 1, d, s=scale), r(b, h, 1, d, s=scale), r(b, h, 1, dv), r(b, h, t, d, s=scale), r(b, h, t, dv)]


EXAMPLES = [
    {"args": case(np.random.default_rng(0), 1, 1, 2, 2, 2),
     "explanation": "Three positions after the append: two cached, one new; the query weighs all three."},
]


def hidden_cases():
    rng = np.random.default_rng(13)
    cases = [
        {"tags": ["empty-cache", "first-step"], "args": case(rng, 2, 2, 0, 4, 4)},
        {"tags": ["cache-1"], "args": case(rng, 2, 2, 1, 4, 4)},
        {"tags": ["one-head"], "args": case(rng, 3, 1, 5, 8, 8)},
        {"tags": ["value-width"], "args": case(rng, 2, 3, 6, 8, 3)},
        {"tags": ["batch-1"], "args": case(rng, 1, 4, 7, 16, 16)},
        {"tags": ["large-logits"], "args": case(rng, 2, 2, 9, 16, 4, scale=20.0)},
        {"tags": ["float64"], "args": case(rng, 2, 2, 5, 8, 8, "float64")},
        {"tags": ["scale", "wide-head"], "args": case(rng, 1, 2, 4, 64, 4)},
        {"tags": ["ties", "zero-query"],
         "args": [tensor(np.zeros((1, 1, 1, 4))), *case(rng, 1, 1, 3, 4, 4)[1:]]},
        {"tags": ["max-size"], "args": case(rng, 2, 4, 2048, 64, 64)},
    ]
    for i in range(16):
        cases.append({"tags": ["random"], "args": case(
            rng, int(rng.integers(1, 4)), int(rng.integers(1, 4)), int(rng.integers(0, 12)), int(rng.integers(1, 10)),
            int(rng.integers(1, 10)), ("float32", "float64")[i % 2], float(rng.choice([0.5, 1, 8])))})
    return cases
