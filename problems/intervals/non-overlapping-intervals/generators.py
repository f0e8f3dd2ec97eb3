"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n intervals of random lengths in random order, spread so that some overlap and some do not.
"""


def random_intervals(sizes, rng):
    intervals = []
    for _ in range(sizes["n"]):
        start = rng.randint(-50_000, 49_900)
        intervals.append([start, start + rng.randint(1, 100)])
    return [intervals]
