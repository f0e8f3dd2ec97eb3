"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

n accounts of five addresses, in chains of eight accounts that each share one
address with the one before, shuffled: every address is new except the
links, so there are about 4n distinct addresses to join and sort.
"""


def chained_accounts(sizes, rng):
    n = sizes["n"]
    accounts = []
    prev = None
    for k in range(n):
        own = [f"p{k // 8}_{k % 8}_{j}@mail.com" for j in range(5)]
        if k % 8 and prev is not None:
            own[0] = prev[rng.randrange(5)]
        accounts.append([f"Person{k // 8}"] + own)
        prev = own
    rng.shuffle(accounts)
    return [accounts]
