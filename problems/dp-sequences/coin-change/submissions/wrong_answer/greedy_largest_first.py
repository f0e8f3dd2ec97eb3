def coin_change(coins, amount):
    # Mistake: always takes as many of the largest coin as fit; right for euro coins,
    # wrong for kinds such as 1, 3, 4 (and it can miss reachable amounts altogether).
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
