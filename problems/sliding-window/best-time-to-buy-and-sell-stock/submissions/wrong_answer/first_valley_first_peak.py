def max_profit(prices):
    # Wrong greedy: buys at the first local low and sells at the next local high.
    n = len(prices)
    i = 0
    while i + 1 < n and prices[i + 1] <= prices[i]:
        i += 1
    j = i
    while j + 1 < n and prices[j + 1] >= prices[j]:
        j += 1
    return prices[j] - prices[i]
