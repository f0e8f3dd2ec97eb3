import heapq


def shortest_distances(n, roads, source):
    # Mistake: adds each road in one direction only, from u to v.
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
    dist = [-1] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            heapq.heappush(heap, (d + w, v))
    return dist
