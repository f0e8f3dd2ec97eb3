"""Inputs for the complexity report: parameters of P values and of 16 with finite scaled gradients (the
step is taken: every gradient is unscaled, checked and applied)."""

import numpy as np

from judge.sandbox.wire import tensor


def parameters(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    shapes = [(sizes["P"],), (16,)]
    params = [tensor(gen.standard_normal(s)) for s in shapes]
    grads = [tensor(gen.standard_normal(s) * 1024.0) for s in shapes]
    return [params, grads, 1024.0, 3, 0.1, 2.0, 0.5, 2000]
