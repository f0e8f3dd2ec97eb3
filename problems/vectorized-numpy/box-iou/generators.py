"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np


def boxes(sizes, rng):
    """N boxes against M, half of them overlapping (the intersection is computed for every pair anyway)."""
    gen = np.random.default_rng(rng.getrandbits(64))

    def some(count):
        corner = gen.uniform(-100, 100, (count, 2))
        return np.hstack([corner, corner + gen.uniform(0, 50, (count, 2))])

    return [some(sizes["N"]), some(sizes["M"])]
