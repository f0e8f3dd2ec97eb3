def max_profit(prices):
    # The best sale is the best run of consecutive daily changes, never below zero.
    best = run = 0
    for today, tomorrow in zip(prices, prices[1:]):
        run = max(0, run + tomorrow - today)
        best = max(best, run)
    return best
