"""Worst-case inputs for the complexity report: signs and a few twos, so every product stays within 32 bits."""


def signs_and_few_twos(sizes, rng):
    n = max(sizes["n"], 2)
    nums = [rng.choice((-1, 1)) for _ in range(n)]
    for i in rng.sample(range(n), min(n, 20)):
        nums[i] = rng.choice((-2, 2))
    return [nums]
