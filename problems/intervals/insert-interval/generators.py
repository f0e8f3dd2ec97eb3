"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n sorted disjoint intervals and a new one in the middle that overlaps a few of them: a solution must
copy the intervals on both sides.
"""


def middle(sizes, rng):
    n = sizes["n"]
    intervals = [[6 * i, 6 * i + 3] for i in range(n)]
    start = 6 * (n // 2) + 1
    return [intervals, [start, start + 12]]
