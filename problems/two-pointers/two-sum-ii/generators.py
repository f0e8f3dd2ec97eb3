"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

The single valid pair sits in the middle of the array, so two pointers walk
about n/2 steps from each end, a binary search per index runs n/2 searches,
and a scan of all pairs checks about 3n^2/8 of them before it finds it.
Values stay within the statement's -1000..1000 (a solution may index a table
by value), so past 500 numbers they repeat.
"""


def pair_in_the_middle(sizes, rng):
    n = max(sizes["n"], 2)
    # Non-decreasing multiples of 4 from -1000 (each repeated about n / 500 times): only the planted
    # pair, x + 1 and x + 4 + 2, sums to 3 mod 4.
    values = [-1000 + 4 * (i * 500 // n) for i in range(n)]
    low = (n - 1) // 2
    while low + 1 < n and values[low + 1] == values[low]:
        low += 1  # the last of its run: x + 1 stays below the next run
    high = low + 1
    while high + 1 < n and values[high + 1] == values[high]:
        high += 1
    values[low] += 1
    values[high] += 2
    return [values, values[low] + values[high]]
