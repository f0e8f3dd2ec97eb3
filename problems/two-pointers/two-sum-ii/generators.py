"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

The single valid pair sits in the middle of the array, so two pointers walk
about n/2 steps from each end, a binary search per index runs n/2 searches,
and a scan of all pairs checks about 3n^2/8 of them before it finds it.
"""


def pair_in_the_middle(sizes, rng):
    n = max(sizes["n"], 2)
    values = list(range(0, 4 * n, 4))  # multiples of 4: only the planted pair sums to 3 mod 4
    mid = (n - 1) // 2
    values[mid] += 1
    values[mid + 1] += 2
    return [values, values[mid] + values[mid + 1]]
