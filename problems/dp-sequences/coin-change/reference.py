from math import inf


def coin_change(coins, amount):
    fewest = [0] + [inf] * amount  # fewest[a]: the fewest coins that make a
    for coin in coins:
        for a in range(coin, amount + 1):
            fewest[a] = min(fewest[a], fewest[a - coin] + 1)
    return fewest[amount] if fewest[amount] < inf else -1
