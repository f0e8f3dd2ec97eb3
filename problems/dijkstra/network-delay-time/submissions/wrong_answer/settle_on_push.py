import heapq


def network_delay_time(times, n, k):
    # Mistake: marks a node as done when it is first pushed, so a later, shorter route to it
    # (through nodes popped afterwards) is never taken.
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = {k: 0}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            if v not in dist:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
