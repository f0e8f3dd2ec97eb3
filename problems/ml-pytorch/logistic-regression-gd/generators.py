"""Inputs for the complexity report: N examples of D = 16 features, 5 steps of gradient descent."""

import numpy as np

from judge.sandbox.wire import tensor


def examples(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    x = gen.standard_normal((sizes["N"], 16))
    y = (x @ gen.standard_normal(16) + gen.standard_normal(sizes["N"]) > 0).astype(float)
    return [tensor(x), tensor(y), 0.5, 5]
