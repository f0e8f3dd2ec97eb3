"""Inputs for the complexity report: B rows over a vocabulary of 256, both filters on."""

import numpy as np

from judge.sandbox.wire import tensor


def batch(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    rows = np.array([gen.permutation(256) + gen.uniform(0, 0.5, 256) for _ in range(sizes["B"])]) / 20
    return [tensor(rows), 40, 0.9]
