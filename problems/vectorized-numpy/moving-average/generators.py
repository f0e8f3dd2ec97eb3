"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np

WINDOW = 8  # the window is a constant of the sweep: O(n) for any w


def series(sizes, rng):
    """n random values and a window of WINDOW."""
    gen = np.random.default_rng(rng.getrandbits(64))
    n = sizes["n"]
    return [gen.uniform(-1000, 1000, n), min(WINDOW, n)]
