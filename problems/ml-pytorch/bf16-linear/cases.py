"""Cases for bf16-linear: float32 inputs, weights and bias."""

import numpy as np

from judge.sandbox.wire import tensor


def case(rng, n, d_in, d_out, scale=1.0, bias_scale=1.0):
    return [tensor(rng.normal(0, scale, (n, d_in))), tensor(rng.normal(0, 1 / np.sqrt(d_in), (d_out, d_in))),
            tensor(rng.normal(0, bias_scale, d_out))]


EXAMPLES = [
    {"args": [tensor([[1.00390625]]), tensor([[1.0]]), tensor([0.0])],
     "explanation": "1 + 2^-8 is halfway between the bfloat16 neighbours 1 and 1 + 2^-7: it rounds to even, 1."},
]


def hidden_cases():
    rng = np.random.default_rng(53)
    third = 1 / 3
    cases = [
        {"tags": ["ties-to-even"], "args": [tensor([[1 + 2**-8, 1 + 3 * 2**-8]]), tensor([[1.0, 1.0]]), tensor([0.0])]},
        {"tags": ["bias-not-rounded"], "args": [tensor([[1.0]]), tensor([[1.0]]), tensor([third])]},
        {"tags": ["output-not-rounded"], "args": [tensor([[1.0, 2**-9]]), tensor([[1.0, 1.0]]), tensor([0.0])]},
        {"tags": ["weights-rounded"], "args": [tensor([[1.0]]), tensor([[third], [1 + 2**-10]]), tensor([0.0, 0.0])]},
        {"tags": ["long-sum", "fp32-accumulation"],
         "args": [tensor(np.full((1, 512), 1.0)), tensor(np.concatenate([[256.0], np.full(511, 2**-8)])[None]),
                  tensor([0.0])]},
        {"tags": ["single-row"], "args": case(rng, 1, 16, 8)},
        {"tags": ["large-values"], "args": case(rng, 8, 32, 16, scale=1e4)},
        {"tags": ["tiny-values"], "args": case(rng, 8, 32, 16, scale=1e-4, bias_scale=1e-6)},
        {"tags": ["square"], "args": case(rng, 32, 32, 32)},
        {"tags": ["max-size"], "args": case(rng, 4096, 256, 256)},
    ]
    for _ in range(16):
        cases.append({"tags": ["random"], "args": case(rng, int(rng.integers(1, 20)), int(rng.integers(1, 64)),
                                                       int(rng.integers(1, 32)), float(rng.choice([0.1, 1, 30])))})
    return cases
