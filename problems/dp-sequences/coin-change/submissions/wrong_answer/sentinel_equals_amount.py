def coin_change(coins, amount):
    # Mistake: uses `amount` as the "unreachable" marker, but an answer can be exactly
    # `amount` coins (all ones), and amount 0 then looks unreachable too.
    dp = [0] + [amount] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return -1 if dp[amount] == amount else dp[amount]
