"""Inputs for the complexity report: a cache of T tokens, 2 sequences, 2 heads of width 16."""

import numpy as np

from judge.sandbox.wire import tensor


def cache(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    t = sizes["T"]
    shapes = [(2, 2, 1, 16), (2, 2, 1, 16), (2, 2, 1, 16), (2, 2, t, 16), (2, 2, t, 16)]
    return [tensor(gen.standard_normal(shape)) for shape in shapes]
