"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

c coins and the amount vary one at a time.  Every coin is at most half the amount, so a bottom-up
table visits nearly every amount for every coin; 1 is not among them, so some amounts cannot be made.
"""


def coins_and_amount(sizes, rng):
    amount = sizes["amount"]
    coins = [rng.randint(2, max(2, amount // 2)) for _ in range(sizes["c"])]
    return [coins, amount]
