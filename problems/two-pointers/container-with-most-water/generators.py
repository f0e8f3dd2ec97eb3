"""Worst-case inputs for the complexity report: random heights, so both pointers keep moving until they meet."""


def random_heights(sizes, rng):
    n = max(sizes["n"], 2)
    return [[rng.randint(0, 10_000) for _ in range(n)]]
