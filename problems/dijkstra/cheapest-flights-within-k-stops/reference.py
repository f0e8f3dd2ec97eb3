from math import inf


def find_cheapest_price(n, flights, src, dst, k):
    # Bellman-Ford limited to k + 1 rounds; round r relaxes from the prices of round r - 1
    # only, so after it cost[v] is the cheapest trip of at most r flights.
    cost = [inf] * n
    cost[src] = 0
    for _ in range(k + 1):
        nxt = cost[:]
        for a, b, price in flights:
            nxt[b] = min(nxt[b], cost[a] + price)
        cost = nxt
    return cost[dst] if cost[dst] < inf else -1
