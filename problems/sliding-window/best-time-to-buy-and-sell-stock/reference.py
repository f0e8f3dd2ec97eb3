from itertools import pairwise


def max_profit(prices):
    # The best sale is the best run of consecutive daily changes, never below zero.
    best = run = 0
    for today, tomorrow in pairwise(prices):  # no copy of prices: O(1) extra space
        run = max(0, run + tomorrow - today)
        best = max(best, run)
    return best
