"""Inputs for the complexity report: a forward and backward over B sequences of L = 32 positions,
d_model = 32 in 4 heads, with a causal mask."""

import numpy as np

from judge.sandbox.wire import tensor

LENGTH, D_MODEL, HEADS = 32, 32, 4
NAMES = ("q_proj", "k_proj", "v_proj", "out_proj")


def batch(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    b, bound = sizes["B"], 1 / np.sqrt(D_MODEL)
    state = {}
    for name in NAMES:
        state[f"{name}.weight"] = tensor(gen.uniform(-bound, bound, (D_MODEL, D_MODEL)))
        state[f"{name}.bias"] = tensor(gen.uniform(-bound, bound, D_MODEL))
    x = tensor(gen.standard_normal((b, LENGTH, D_MODEL)))
    mask = tensor(np.tril(np.ones((LENGTH, LENGTH), bool)), "bool")
    return [[D_MODEL, HEADS], state, [x, mask], tensor(gen.standard_normal((b, LENGTH, D_MODEL))), False]
