"""Inputs for the complexity report: gradients of P values and of 16, whose total norm is above max_norm."""

import numpy as np

from judge.sandbox.wire import tensor


def gradients(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    return [[tensor(gen.standard_normal(sizes["P"])), tensor(gen.standard_normal(16))], 1.0, 2.0]
