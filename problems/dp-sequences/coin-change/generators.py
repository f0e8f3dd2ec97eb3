"""Inputs for the complexity report (see problems/README.md, "Complexity reports").

len(coins) and the amount vary one at a time.  The coins are even, spread evenly over 2 .. amount / 2 (in
random order), and the amount is odd: no coins make it, so a bottom-up table visits about three
quarters of the amounts for every coin, and a search (breadth-first or memoised) meets every even
amount below it with every coin before it can answer -1.  Evenly spread rather than random: the few
coins of the smallest sizes would otherwise cost more or less than their share.
"""


def coins_and_amount(sizes, rng):
    c, amount = sizes["coins"], sizes["amount"] | 1
    steps = max(1, amount // 4 - 1)  # even coins 2 .. about amount / 2
    coins = [2 * (1 + steps * i // max(c - 1, 1)) for i in range(c)]
    rng.shuffle(coins)
    return [coins, amount]
