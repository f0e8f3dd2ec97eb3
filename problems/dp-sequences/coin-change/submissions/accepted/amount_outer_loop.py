def coin_change(coins, amount):
    big = amount + 1  # more coins than any real answer needs
    dp = [0] + [big] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] <= amount else -1
