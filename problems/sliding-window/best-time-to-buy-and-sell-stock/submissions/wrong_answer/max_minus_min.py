class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Mistake: ignores the order of the days, so it may "sell" before it buys.
        return max(prices) - min(prices)
