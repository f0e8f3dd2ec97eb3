"""Worst-case inputs for the complexity report: random terrain, so both pointers move and water is added often."""


def random_terrain(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(0, 100_000) for _ in range(n)]]
