"""Inputs for the complexity report: B token sequences, the longest of T tokens and the others at least
three quarters of it (nearly every padded cell is a copied token), as int32 token ids (half the bytes
on the wire)."""

import numpy as np

from judge.sandbox.wire import tensor


def sequences(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    b, t = sizes["B"], sizes["T"]
    lengths = [t] + [int(x) for x in gen.integers(max(1, 3 * t // 4), t + 1, b - 1)]
    return [[tensor(gen.integers(1, 50_000, n), "int32") for n in lengths], 0]
