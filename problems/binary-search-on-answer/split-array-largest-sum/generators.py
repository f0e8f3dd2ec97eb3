"""Worst-case inputs for the complexity report.

Small random values (1..9) and the most pieces allowed (k = 50): the search
range grows in proportion to n, so the number of rounds grows like log n, as
it does for the largest inputs.
"""


def fifty_pieces(sizes, rng):
    n = max(sizes["n"], 50)
    return [[rng.randint(1, 9) for _ in range(n)], 50]
