"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

n itself is the input.  The sweep stays within the statement's 45 steps, on a step ladder: past about
90 the answer no longer fits a machine word, and Python's growing integers would make an O(1)-space
solution read O(n).
"""


def stairs(sizes, rng):
    return [sizes["n"]]
