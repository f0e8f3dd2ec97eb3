"""Inputs for the complexity report: a forward and backward over N rows of 64 features."""

import numpy as np

from judge.sandbox.wire import tensor

FEATURES = 64


def rows(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    n, d = sizes["N"], FEATURES
    state = {"weight": tensor(gen.normal(1, 0.3, d))}
    return [[d], state, [tensor(gen.standard_normal((n, d)))], tensor(gen.standard_normal((n, d))), True]
