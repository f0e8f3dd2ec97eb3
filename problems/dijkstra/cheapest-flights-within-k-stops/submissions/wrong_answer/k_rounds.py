def find_cheapest_price(n, flights, src, dst, k):
    # Mistake: k rounds of relaxation (k flights) instead of k + 1: confuses stops with flights.
    INF = float("inf")
    prices = [INF] * n
    prices[src] = 0
    for _ in range(k):
        snapshot = prices[:]
        for a, b, p in flights:
            if snapshot[a] + p < prices[b]:
                prices[b] = snapshot[a] + p
    return prices[dst] if prices[dst] < INF else -1
