def find_cheapest_price(n, flights, src, dst, k):
    # Mistake: relaxes in place, so one round can chain several flights and the stop limit
    # is exceeded whenever the flights happen to be listed in route order.
    INF = float("inf")
    prices = [INF] * n
    prices[src] = 0
    for _ in range(k + 1):
        for a, b, p in flights:
            if prices[a] + p < prices[b]:
                prices[b] = prices[a] + p
    return prices[dst] if prices[dst] < INF else -1
