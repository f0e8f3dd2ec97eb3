"""Inputs for the complexity report: a training-mode forward and backward over N rows of 64 features."""

import numpy as np

from judge.sandbox.wire import tensor

FEATURES = 64


def rows(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    n, c = sizes["N"], FEATURES
    state = {"weight": tensor(gen.normal(1, 0.3, c)), "bias": tensor(gen.normal(0, 0.3, c)),
             "running_mean": tensor(gen.normal(0, 1, c)), "running_var": tensor(gen.uniform(0.5, 2, c))}
    return [[c], state, [tensor(gen.standard_normal((n, c)))], tensor(gen.standard_normal((n, c))), True]
