"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs a vectorized solution the same, so random values serve; the size
parameters vary one at a time around their fixed values.
"""

import numpy as np

K = 5  # the k of O(q p d + q k log k): a constant here, every sweep keeps it


def clouds(sizes, rng):
    """q queries and p points in d dimensions; distinct random coordinates, so the order is unique."""
    gen = np.random.default_rng(rng.getrandbits(64))
    queries = gen.standard_normal((sizes["q"], sizes["d"]))
    points = gen.standard_normal((sizes["p"], sizes["d"]))
    return [queries, points, min(K, sizes["p"])]
