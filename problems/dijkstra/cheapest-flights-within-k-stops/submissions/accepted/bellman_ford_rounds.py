def find_cheapest_price(n, flights, src, dst, k):
    # k + 1 rounds of relaxation from a snapshot of the previous round; stop early once a
    # round changes nothing.
    INF = float("inf")
    prices = [INF] * n
    prices[src] = 0
    for _ in range(k + 1):
        snapshot = prices[:]
        changed = False
        for a, b, p in flights:
            if snapshot[a] + p < prices[b]:
                prices[b] = snapshot[a] + p
                changed = True
        if not changed:
            break
    return prices[dst] if prices[dst] < INF else -1
