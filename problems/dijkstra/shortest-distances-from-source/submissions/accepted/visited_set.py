import heapq


def shortest_distances(n, roads, source):
    # Lazy Dijkstra with a visited set and a result filled in as towns are settled.
    adj = {}
    for u, v, w in roads:
        adj.setdefault(u, []).append((w, v))
        adj.setdefault(v, []).append((w, u))
    result = [-1] * n
    visited = set()
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        result[u] = d
        for w, v in adj.get(u, ()):
            if v not in visited:
                heapq.heappush(heap, (d + w, v))
    return result
