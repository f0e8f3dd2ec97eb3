"""Worst-case inputs for the complexity report.

k = 100 over 1000 starting scores, then q rising scores: every add displaces
the heap's root, and a solution that sorts everything pays for the whole
history on each call.
"""


def rising_adds(sizes, rng):
    q = max(sizes["q"], 1)
    nums = [rng.randint(-10_000, 0) for _ in range(1000)]
    adds = sorted(rng.randint(-10_000, 10_000) for _ in range(q))
    return [["KthLargest"] + ["add"] * q, [[100, nums]] + [[v] for v in adds]]
