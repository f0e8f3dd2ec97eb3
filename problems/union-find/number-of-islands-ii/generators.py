"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

k distinct cells raised in random order on a square grid of about 2k cells:
half the map becomes land, so islands keep meeting and merging.
"""

import math


def random_additions(sizes, rng):
    k = sizes["k"]
    side = math.isqrt(2 * k) + 1
    cells = rng.sample(range(side * side), k)
    return [side, side, [[c // side, c % side] for c in cells]]
