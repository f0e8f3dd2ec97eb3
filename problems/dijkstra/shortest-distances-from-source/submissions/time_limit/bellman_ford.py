def shortest_distances(n, roads, source):
    # Correct but O(V E): Bellman-Ford rounds over every road in both directions until
    # nothing changes; roads listed against a long path advance one town per round.
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in roads:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
            if dist[v] + w < dist[u]:
                dist[u] = dist[v] + w
                changed = True
        if not changed:
            break
    return [d if d < INF else -1 for d in dist]
