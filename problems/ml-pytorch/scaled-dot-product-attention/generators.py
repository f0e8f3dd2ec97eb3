"""Inputs for the complexity report: a batch of B small attention problems (L = 8, D = 8) with a causal mask."""

import numpy as np

from judge.sandbox.wire import tensor


def batch(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    b = sizes["B"]
    q, k, v = (tensor(gen.standard_normal((b, 8, 8))) for _ in range(3))
    return [q, k, v, tensor(np.tril(np.ones((8, 8), bool)), "bool")]
