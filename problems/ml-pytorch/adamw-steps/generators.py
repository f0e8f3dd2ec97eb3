"""Inputs for the complexity report: a weight of P values and a bias of 16, through k = 3 steps of gradients."""

import numpy as np

from judge.sandbox.wire import tensor

STEPS = 3


def parameters(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    shapes = [(sizes["P"],), (16,)]
    params = [tensor(gen.standard_normal(s)) for s in shapes]
    grads = [[tensor(gen.standard_normal(s)) for s in shapes] for _ in range(STEPS)]
    return [params, grads, 1e-3, (0.9, 0.999), 1e-8, 0.01]
