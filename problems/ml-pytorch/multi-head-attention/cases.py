"""Cases for multi-head-attention: [init, state, inputs, grad_output, train], tensors built with NumPy."""

import numpy as np

from judge.sandbox.wire import tensor

NAMES = ("q_proj", "k_proj", "v_proj", "out_proj")


def _state(rng, d_model, dtype):
    bound = 1 / np.sqrt(d_model)
    state = {}
    for name in NAMES:
        state[f"{name}.weight"] = tensor(rng.uniform(-bound, bound, (d_model, d_model)), dtype)
        state[f"{name}.bias"] = tensor(rng.uniform(-bound, bound, (d_model,)), dtype)
    return state


def case(rng, batch, length, d_model, heads, mask=None, dtype="float64", grad=True, scale=1.0):
    x = tensor(rng.normal(0, scale, (batch, length, d_model)), dtype)
    grad_output = tensor(rng.normal(0, 1, (batch, length, d_model)), dtype) if grad else None
    mask_value = None if mask is None else tensor(mask, "bool")
    return [[d_model, heads], _state(rng, d_model, dtype), [x, mask_value], grad_output, False]


EXAMPLES = [
    {"args": case(np.random.default_rng(1), 1, 3, 4, 2, np.tril(np.ones((3, 3), bool)), grad=False),
     "explanation": "A causal mask: position 0 sees only itself, position 2 sees all three."},
]


def hidden_cases():
    rng = np.random.default_rng(77)
    causal = np.tril(np.ones((7, 7), bool))
    per_batch = rng.random((3, 5, 5)) < 0.6
    per_batch[1, 2] = False  # one fully masked row
    cases = [
        {"tags": ["no-mask", "forward-only"], "args": case(rng, 2, 5, 8, 2, grad=False)},
        {"tags": ["no-mask", "gradients"], "args": case(rng, 2, 5, 8, 2)},
        {"tags": ["one-head"], "args": case(rng, 2, 4, 6, 1)},
        {"tags": ["head-per-feature"], "args": case(rng, 2, 4, 4, 4)},
        {"tags": ["causal-mask", "gradients"], "args": case(rng, 3, 7, 12, 3, causal)},
        {"tags": ["batch-mask", "all-masked-row"], "args": case(rng, 3, 5, 8, 4, per_batch)},
        {"tags": ["all-masked-row", "square-mask"],
         "args": case(rng, 2, 3, 8, 2, np.array([[True, False, False], [False, False, False], [True, True, True]]))},
        {"tags": ["length-1"], "args": case(rng, 2, 1, 8, 2)},
        {"tags": ["length-1", "batch-1"], "args": case(rng, 1, 1, 4, 2, np.ones((1, 1), bool))},
        {"tags": ["batch-1", "causal-mask"], "args": case(rng, 1, 7, 16, 4, causal)},
        {"tags": ["float32"], "args": case(rng, 2, 6, 16, 4, dtype="float32")},
        {"tags": ["float32", "causal-mask"], "args": case(rng, 2, 7, 8, 2, causal, dtype="float32")},
        {"tags": ["large-logits"], "args": case(rng, 2, 6, 8, 2, scale=25.0)},
        {"tags": ["many-heads"], "args": case(rng, 2, 9, 64, 8)},
        {"tags": ["max-size", "causal-mask"], "args": case(rng, 4, 32, 64, 8, np.tril(np.ones((32, 32), bool)))},
    ]
    for i in range(10):
        heads = int(rng.choice([1, 2, 4]))
        d_model = heads * int(rng.integers(1, 5))
        length = int(rng.integers(1, 10))
        mask = rng.random((length, length)) < 0.7 if i % 2 else None
        cases.append({"tags": ["random"] + (["mask"] if i % 2 else []),
                      "args": case(rng, int(rng.integers(1, 4)), length, d_model, heads, mask)})
    return cases
