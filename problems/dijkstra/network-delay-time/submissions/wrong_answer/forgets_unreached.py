import heapq


def network_delay_time(times, n, k):
    # Mistake: returns the latest arrival among the nodes the signal reached, without
    # checking that it reached all n of them.
    adj = {}
    for u, v, w in times:
        adj.setdefault(u, []).append((v, w))
    dist = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in dist:
            continue
        dist[u] = d
        for v, w in adj.get(u, []):
            heapq.heappush(heap, (d + w, v))
    return max(dist.values())
