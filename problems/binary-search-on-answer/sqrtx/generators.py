"""Worst-case inputs for the complexity report: x itself is the size; one below a power of two is no square."""


def below_power_of_two(sizes, rng):
    return [max(sizes["x"] - 1, 0)]
