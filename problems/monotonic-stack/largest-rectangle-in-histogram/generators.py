"""Worst-case inputs for the complexity report.

Strictly rising bars 1, 2, ..., n: the stack keeps every bar until the end
(space grows with n), and every run of bars is a candidate rectangle. Heights
pass the statement's 10_000 at the larger sizes; no solution depends on that
bound.
"""


def rising_bars(sizes, rng):
    n = max(sizes["n"], 1)
    return [list(range(1, n + 1))]
