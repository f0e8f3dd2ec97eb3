class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Buy pointer jumps to any cheaper day; sell pointer scans forward.
        buy, profit = 0, 0
        for sell in range(1, len(prices)):
            if prices[sell] < prices[buy]:
                buy = sell
            else:
                profit = max(profit, prices[sell] - prices[buy])
        return profit
