"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

A strictly increasing sequence (with random gaps) makes the patience `tails`
list grow to n, so every binary search runs over the longest possible list;
the quadratic DP does n(n-1)/2 comparisons on any input.
"""


def increasing(sizes, rng):
    n = sizes["n"]
    values, current = [], -1_000_000_000
    for _ in range(n):
        current += rng.randint(1, 9_000)
        values.append(current)
    return [values]
