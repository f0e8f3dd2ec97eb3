"""Cases for scaled-dot-product-attention: tensors built with NumPy on the host (judge.sandbox.wire.tensor)."""

import numpy as np

from judge.sandbox.wire import tensor


def _qkv(rng, lead, lq, lk, d, dv, dtype="float32", scale=1.0):
    return [tensor(rng.normal(0, scale, (*lead, lq, d)), dtype), tensor(rng.normal(0, scale, (*lead, lk, d)), dtype),
            tensor(rng.normal(0, 1, (*lead, lk, dv)), dtype)]


def _mask(rows):
    return tensor(np.array(rows, dtype=bool), "bool")


EXAMPLES = [
    {"args": [tensor([[[1, 0], [0, 1]]]), tensor([[[1, 0], [0, 1]]]), tensor([[[1, 2], [3, 4]]]),
              _mask([[True, False], [True, True]])],
     "explanation": "Query 0 sees only key 0, so it copies v[0]; query 1 weighs both keys by a softmax of "
                    "[1/sqrt(2), 0]."},
]


def hidden_cases():
    rng = np.random.default_rng(2024)
    causal = np.tril(np.ones((6, 6), dtype=bool))
    cases = [
        {"tags": ["no-mask", "batch"], "args": [*_qkv(rng, (2,), 5, 5, 4, 4), None]},
        {"tags": ["no-mask", "no-batch", "rectangular"], "args": [*_qkv(rng, (), 3, 7, 8, 8), None]},
        {"tags": ["value-width", "rectangular"], "args": [*_qkv(rng, (2,), 4, 6, 16, 3), None]},
        {"tags": ["causal-mask"], "args": [*_qkv(rng, (2, 3), 6, 6, 8, 8), tensor(causal, "bool")]},
        {"tags": ["padding-mask", "broadcast-mask"],
         "args": [*_qkv(rng, (3, 2), 4, 5, 8, 8),
                  tensor(np.arange(5)[None, None, None, :] < np.array([5, 3, 1])[:, None, None, None], "bool")]},
        {"tags": ["all-masked-row"],
         "args": [*_qkv(rng, (2,), 3, 4, 4, 4), _mask([[True, True, False, False], [False] * 4, [False, True, True, True]])]},
        {"tags": ["all-masked-row", "all-masked"], "args": [*_qkv(rng, (1,), 2, 3, 4, 2), _mask([[False] * 3] * 2)]},
        {"tags": ["length-1"], "args": [*_qkv(rng, (2,), 1, 1, 4, 4), None]},
        {"tags": ["length-1", "mask"], "args": [*_qkv(rng, (), 1, 1, 1, 1), _mask([[True]])]},
        {"tags": ["single-key", "length-1"], "args": [*_qkv(rng, (2,), 5, 1, 3, 2), None]},
        {"tags": ["large-logits"], "args": [*_qkv(rng, (2,), 4, 4, 16, 4, scale=30.0), None]},
        {"tags": ["large-logits", "causal-mask"],
         "args": [*_qkv(rng, (), 6, 6, 16, 4, scale=30.0), tensor(causal, "bool")]},
        {"tags": ["scale", "wide-head"], "args": [*_qkv(rng, (2,), 4, 4, 64, 8), None]},
        {"tags": ["float64"], "args": [*_qkv(rng, (2,), 5, 6, 8, 8, "float64"), tensor(rng.random((5, 6)) < 0.7, "bool")]},
        {"tags": ["float16"], "args": [*_qkv(rng, (2,), 4, 4, 8, 8, "float16"), None]},
        {"tags": ["ties", "zeros"], "args": [tensor(np.zeros((1, 3, 4))), *_qkv(rng, (1,), 3, 5, 4, 4)[1:], None]},
        {"tags": ["random-mask", "four-leading-dims"],
         "args": [*_qkv(rng, (2, 1, 2, 2), 3, 4, 4, 4), tensor(rng.random((3, 4)) < 0.5, "bool")]},
        {"tags": ["max-size"], "args": [*_qkv(rng, (8, 4), 64, 64, 64, 64), tensor(np.tril(np.ones((64, 64), bool)), "bool")]},
    ]
    for i in range(8):  # random shapes and masks, in both float dtypes
        lead = tuple(int(n) for n in rng.integers(1, 4, size=i % 3))
        lq, lk, d, dv = (int(n) for n in rng.integers(1, 12, size=4))
        mask = tensor(rng.random((lq, lk)) < 0.6, "bool") if i % 2 else None
        cases.append({"tags": ["random"] + (["mask"] if i % 2 else []),
                      "args": [*_qkv(rng, lead, lq, lk, d, dv, ("float32", "float64")[i % 2]), mask]})
    return cases
