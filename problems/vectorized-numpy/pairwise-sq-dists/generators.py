"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

Every input of a shape costs the same, so random points serve; n, m and d
vary one at a time around n = m = 64, d = 8.
"""

import numpy as np


def points(sizes, rng):
    gen = np.random.default_rng(rng.getrandbits(64))
    X = gen.standard_normal((sizes["n"], sizes["d"]))
    Y = gen.standard_normal((sizes["m"], sizes["d"]))
    return [X, Y]
