def network_delay_time(times, n, k):
    # O(V^2 + E): textbook Dijkstra that scans every node to find the closest unsettled one,
    # instead of using a priority queue. With at most 100 nodes that is fast: accepted.
    INF = float("inf")
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [INF] * (n + 1)
    done = [False] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        u, best = -1, INF
        for x in range(1, n + 1):
            if not done[x] and dist[x] < best:
                u, best = x, dist[x]
        if u == -1:
            return -1
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return max(dist[1:])
