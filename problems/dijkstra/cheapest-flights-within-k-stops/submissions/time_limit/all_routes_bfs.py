from collections import defaultdict, deque


def find_cheapest_price(n, flights, src, dst, k):
    # Correct but exponential: a BFS over (city, price, flights used) that keeps every
    # partial route instead of only the cheapest per city and round.
    adj = defaultdict(list)
    for a, b, p in flights:
        adj[a].append((b, p))
    best = float("inf")
    queue = deque([(src, 0, 0)])
    while queue:
        city, price, used = queue.popleft()
        if city == dst:
            best = min(best, price)
            continue
        if used == k + 1:
            continue
        for nxt, p in adj[city]:
            if price + p < best:
                queue.append((nxt, price + p, used + 1))
    return best if best < float("inf") else -1
