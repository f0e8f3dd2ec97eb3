"""Worst-case inputs for the complexity report.

Random weights and a day count that grows with n (n / 64), so every day
carries about the same load at each size and the search range keeps its shape.
"""


def random_weights(sizes, rng):
    n = max(sizes["n"], 1)
    return [[rng.randint(1, 500) for _ in range(n)], max(1, n // 64)]
