from collections import defaultdict


def find_cheapest_price(n, flights, src, dst, k):
    # Correct but exponential: a depth-first search over every route of at most k + 1
    # flights, pruned only when a partial route already costs as much as the best found.
    adj = defaultdict(list)
    for a, b, p in flights:
        adj[a].append((b, p))
    best = float("inf")
    stack = [(src, 0, 0)]
    while stack:
        city, price, used = stack.pop()
        if price >= best:
            continue
        if city == dst:
            best = price
            continue
        if used == k + 1:
            continue
        for nxt, p in adj[city]:
            stack.append((nxt, price + p, used + 1))
    return best if best < float("inf") else -1
