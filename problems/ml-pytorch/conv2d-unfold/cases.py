"""Cases for conv2d-unfold: input, weight, bias, stride, padding."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, c_in, h, w, c_out, kh, kw, stride=1, padding=0, bias=True, dtype="float64"):
    return [tensor(rng.normal(0, 1, (n, c_in, h, w)), dtype), tensor(rng.normal(0, 1, (c_out, c_in, kh, kw)), dtype),
            tensor(rng.normal(0, 1, c_out), dtype) if bias else None, stride, padding]


EXAMPLES = [
    {"args": [tensor(np.arange(9.0).reshape(1, 1, 3, 3)), tensor(np.ones((1, 1, 2, 2))), None, 1, 0],
     "explanation": "Each output is the sum of a 2 x 2 window: [[0+1+3+4, 1+2+4+5], [3+4+6+7, 4+5+7+8]]."},
]


def hidden_cases():
    rng = np.random.default_rng(43)
    cases = [
        {"tags": ["1x1-kernel"], "args": case(rng, 2, 3, 4, 4, 5, 1, 1)},
        {"tags": ["no-flip", "asymmetric-kernel"],
         "args": [tensor(np.arange(16.0).reshape(1, 1, 4, 4)), tensor([[[[1.0, 0.0], [0.0, 0.0]]]]), None, 1, 0]},
        {"tags": ["no-bias"], "args": case(rng, 2, 2, 5, 5, 3, 3, 3, bias=False)},
        {"tags": ["defaults", "no-bias"], "args": case(rng, 2, 2, 5, 6, 3, 3, 2, bias=False)[:2]},
        {"tags": ["defaults", "bias"], "args": case(rng, 1, 3, 6, 5, 2, 2, 3)[:3]},
        {"tags": ["bias"], "args": case(rng, 1, 2, 5, 5, 3, 3, 3)},
        {"tags": ["padding"], "args": case(rng, 2, 2, 5, 5, 3, 3, 3, padding=1)},
        {"tags": ["stride"], "args": case(rng, 2, 2, 7, 7, 3, 3, 3, stride=2)},
        {"tags": ["stride", "padding"], "args": case(rng, 2, 3, 8, 6, 4, 3, 3, stride=2, padding=1)},
        {"tags": ["stride-leaves-remainder"], "args": case(rng, 1, 1, 8, 8, 2, 3, 3, stride=3)},
        {"tags": ["rectangular-kernel"], "args": case(rng, 2, 2, 6, 7, 3, 2, 4)},
        {"tags": ["rectangular-image"], "args": case(rng, 2, 1, 3, 9, 2, 3, 3, padding=1)},
        {"tags": ["kernel-equals-image"], "args": case(rng, 3, 2, 4, 4, 2, 4, 4)},
        {"tags": ["batch-1", "one-channel"], "args": case(rng, 1, 1, 5, 5, 1, 3, 3)},
        {"tags": ["large-padding"], "args": case(rng, 1, 2, 3, 3, 2, 3, 3, padding=3)},
        {"tags": ["float32"], "args": case(rng, 2, 3, 8, 8, 4, 3, 3, padding=1, dtype="float32")},
        {"tags": ["max-size"], "args": case(rng, 8, 16, 32, 32, 32, 3, 3, padding=1, dtype="float32")},
    ]
    for i in range(12):
        kh, kw = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        pad, stride = int(rng.integers(0, 3)), int(rng.integers(1, 4))
        h, w = kh + int(rng.integers(0, 7)), kw + int(rng.integers(0, 7))
        cases.append({"tags": ["random"], "args": case(rng, int(rng.integers(1, 4)), int(rng.integers(1, 4)), h, w,
                                                       int(rng.integers(1, 4)), kh, kw, stride, pad, bool(i % 3),
                                                       ("float64", "float32")[i % 2])})
    return cases
