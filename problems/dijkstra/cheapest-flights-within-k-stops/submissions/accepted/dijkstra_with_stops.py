import heapq
from collections import defaultdict


def find_cheapest_price(n, flights, src, dst, k):
    # Dijkstra over (price, city, flights used); a city is expanded again only when it is
    # reached with fewer flights than every cheaper visit before.
    adj = defaultdict(list)
    for a, b, p in flights:
        adj[a].append((b, p))
    fewest = [float("inf")] * n
    heap = [(0, src, 0)]
    while heap:
        price, city, used = heapq.heappop(heap)
        if city == dst:
            return price
        if used > k or used >= fewest[city]:
            continue
        fewest[city] = used
        for nxt, p in adj[city]:
            heapq.heappush(heap, (price + p, nxt, used + 1))
    return -1
