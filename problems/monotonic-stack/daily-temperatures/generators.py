"""Worst-case inputs for the complexity report.

A slow, stepwise fall from 100 to 30 ending on a 100: long plateaus of equal
temperatures (a forward scan from each day runs to the end) and a stack that
only empties at the very end.
"""


def falling_plateaus(sizes, rng):
    n = max(sizes["n"], 2)
    return [[100 - 70 * k // n for k in range(n - 1)] + [100]]
