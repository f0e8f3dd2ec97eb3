"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A strictly increasing sequence (with random gaps of 1 or 2, from -10_000) makes the patience `tails`
list grow to n, so every binary search runs over the longest possible list;
the quadratic DP does n(n-1)/2 comparisons on any input.
"""


def increasing(sizes, rng):
    n = sizes["n"]
    values, current = [], -10_000
    for _ in range(n):
        current += rng.randint(1, 2)
        values.append(current)
    return [values]
