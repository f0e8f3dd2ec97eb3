"""Worst-case inputs for the complexity report: positive values from 1 to 3, and k = 3.

Every running total is new, so the table of totals seen holds n + 1 entries
(values of both signs keep the totals within about sqrt(n) of zero, and the
table near sqrt(n) entries), and with steps of 1 to 3 most totals find the
one k below them, so the count moves at most positions.
"""


def rising_totals(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(1, 3) for _ in range(n)], 3]
