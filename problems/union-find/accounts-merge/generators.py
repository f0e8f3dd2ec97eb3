"""Worst-case inputs for the complexity report (see problems/README.md, "Complexity reports").

n accounts of five addresses, in eight chains of n / 8 accounts that each share
one address with the one before, shuffled: every address is new except the
links, so there are about 4n distinct addresses to join, and each person's
n / 2 addresses arrive in random order, so sorting them costs n log n in all
(chains of a fixed length would sort a fixed number of addresses n times).
"""


def _letters(number):
    """A name part of English letters for a number: 0 -> "a", 25 -> "z", 26 -> "ba" (names are letters only)."""
    text = ""
    while True:
        number, digit = divmod(number, 26)
        text = chr(ord("a") + digit) + text
        if not number:
            return text


def chained_accounts(sizes, rng):
    n = sizes["n"]
    accounts = []
    prev = None
    chain = max(1, n // 8)
    for k in range(n):
        own = [f"p{k // chain}_{k % chain}_{j}@mail.com" for j in range(5)]
        if k % chain and prev is not None:
            own[0] = prev[rng.randrange(5)]
        accounts.append(["Person" + _letters(k // chain)] + own)
        prev = own
    rng.shuffle(accounts)
    return [accounts]
