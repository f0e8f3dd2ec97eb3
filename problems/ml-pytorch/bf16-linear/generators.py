"""Inputs for the complexity report: N rows through a 64 x 64 layer."""

import numpy as np

from judge.sandbox.wire import tensor


def rows(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    return [tensor(gen.standard_normal((sizes["N"], 64))), tensor(gen.standard_normal((64, 64)) / 8),
            tensor(gen.standard_normal(64))]
