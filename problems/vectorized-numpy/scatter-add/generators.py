"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np


def updates(sizes, rng):
    """n values added at random positions of an output of length size (positions repeat)."""
    gen = np.random.default_rng(rng.getrandbits(64))
    n, size = sizes["n"], sizes["size"]
    return [gen.integers(0, size, n, dtype=np.int64), gen.uniform(-1000, 1000, n), size]
