def shortest_distances(n, roads, source):
    # Correct but O(V^2 + E): Dijkstra that scans every town for the closest unsettled one.
    INF = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [INF] * n
    done = [False] * n
    dist[source] = 0
    for _ in range(n):
        u, best = -1, INF
        for x in range(n):
            if not done[x] and dist[x] < best:
                u, best = x, dist[x]
        if u == -1:
            break
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return [d if d < INF else -1 for d in dist]
