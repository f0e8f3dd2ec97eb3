"""Worst-case inputs for the complexity report: ones for the first half, zeros after.

Every position is visited once whatever the input; what an input changes is
how many running balances the table of first positions must hold.  Random bits
wander about sqrt(n) from zero, so the table stays near sqrt(n) entries and
space reads below O(n); a climb to n/2 and back down holds n/2 + 1 of them,
and every position of the descent meets its balance again (the longest
stretch is the whole array).
"""


def climb_then_descend(sizes, rng):
    n = max(sizes["n"], 1)
    return [[1] * (n // 2) + [0] * (n - n // 2)]
