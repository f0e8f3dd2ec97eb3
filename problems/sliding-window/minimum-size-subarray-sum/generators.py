"""Worst-case inputs for the complexity report: a target just above the whole sum.

No run reaches it, so the window only grows, and solutions that grow a run
from every start do n^2 / 2 additions.
"""


def unreachable_target(sizes, rng):
    n = max(sizes["n"], 1)
    nums = [rng.randint(1, 10_000) for _ in range(n)]
    return [sum(nums) + 1, nums]
