"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np


def labels(sizes, rng):
    """n labels drawn from C classes."""
    gen = np.random.default_rng(rng.getrandbits(64))
    return [gen.integers(0, sizes["C"], sizes["n"], dtype=np.int64), sizes["C"]]
