from heapq import heappop, heappush


def shortest_distances(n, roads, source):
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [-1] * n  # -1 until a town is settled; its first pop from the heap is its distance
    heap = [(0, source)]
    while heap:
        d, u = heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] == -1:
                heappush(heap, (d + w, v))
    return dist
