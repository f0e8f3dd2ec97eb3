def max_profit(prices):
    cheapest = prices[0]
    best = 0
    # Off-by-one: never considers selling on the last day.
    for i in range(1, len(prices) - 1):
        cheapest = min(cheapest, prices[i])
        best = max(best, prices[i] - cheapest)
    return best
