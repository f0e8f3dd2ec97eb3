"""Inputs for the complexity report: B sequences of up to 32 tokens, 16 features."""

import numpy as np

from judge.sandbox.wire import tensor


def batch(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    b = sizes["B"]
    return [tensor(gen.standard_normal((b, 32, 16))), tensor(gen.integers(0, 33, b), "int64")]
