"""Cases for masked-mean-pool: hidden states with garbage padding, and lengths."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, lengths, t, h, dtype="float32", garbage=1e6):
    lengths = np.array(lengths, dtype=np.int64)
    hidden = rng.normal(0, 1, (len(lengths), t, h))
    pad = np.arange(t)[None, :] >= lengths[:, None]
    hidden[pad] = garbage
    return [tensor(hidden, dtype), tensor(lengths, "int64")]


EXAMPLES = [
    {"args": [tensor([[[1.0], [3.0], [100.0]]]), tensor([2], "int64")],
     "explanation": "Two real tokens, 1 and 3: their mean is 2; the padding (100) is ignored."},
]


def hidden_cases():
    rng = np.random.default_rng(67)
    nan = float("nan")
    cases = [
        {"tags": ["no-padding"], "args": case(rng, [3, 3], 3, 4)},
        {"tags": ["padding"], "args": case(rng, [3, 1, 2], 3, 4)},
        {"tags": ["nan-padding"], "args": case(rng, [2, 1], 4, 3, garbage=nan)},
        {"tags": ["inf-padding"], "args": case(rng, [2, 3], 4, 3, garbage=float("inf"))},
        {"tags": ["empty-sequence"], "args": case(rng, [0, 2], 3, 2)},
        {"tags": ["empty-sequence", "nan-padding"], "args": case(rng, [0, 0], 2, 3, garbage=nan)},
        {"tags": ["zero-length-time"], "args": case(rng, [0, 0, 0], 0, 4)},
        {"tags": ["length-1"], "args": case(rng, [1, 1], 5, 2)},
        {"tags": ["batch-1"], "args": case(rng, [4], 6, 3)},
        {"tags": ["float64"], "args": case(rng, [5, 2, 7], 8, 5, "float64")},
        {"tags": ["hidden-1"], "args": case(rng, [2, 4], 4, 1)},
        {"tags": ["max-size"], "args": case(rng, rng.integers(0, 257, 256), 256, 64)},
    ]
    for i in range(14):
        b, t = int(rng.integers(1, 6)), int(rng.integers(1, 12))
        cases.append({"tags": ["random"], "args": case(rng, rng.integers(0, t + 1, b), t, int(rng.integers(1, 8)),
                                                       ("float32", "float64")[i % 2],
                                                       float(rng.choice([1e6, nan, -3.0])))})
    return cases
