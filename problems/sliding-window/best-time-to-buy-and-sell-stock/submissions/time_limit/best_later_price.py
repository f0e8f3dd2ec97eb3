def max_profit(prices):
    # Correct but quadratic: the highest later price is searched afresh for every day.
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1:]) - prices[i])
    return best
