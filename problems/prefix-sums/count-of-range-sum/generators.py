"""Worst-case inputs for the complexity report: random 32-bit values with a narrow range.

Every level of the merge sort still scans every total; a pair scan does
n^2 / 2 additions.
"""


def wide_values(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(-2**31, 2**31 - 1) for _ in range(n)], -100_000, 100_000]
