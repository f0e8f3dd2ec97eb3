def network_delay_time(times, n, k):
    # Correct but O(V E): Bellman-Ford, relaxing every link in rounds until nothing changes.
    # With links listed against the direction of a long path, each round advances one node.
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    best = max(dist[1:])
    return best if best < INF else -1
