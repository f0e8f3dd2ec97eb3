class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Mistake: walks the amounts downward, the 0/1 knapsack order, so each kind
        # can be used at most once.
        INF = amount + 1
        dp = [0] + [INF] * amount
        for c in coins:
            for a in range(amount, c - 1, -1):
                dp[a] = min(dp[a], dp[a - c] + 1)
        return dp[amount] if dp[amount] != INF else -1
