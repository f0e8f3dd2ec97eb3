import heapq


def network_delay_time(times, n, k):
    # Lazy Dijkstra with a visited set; the answer is the time the n-th node is settled.
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((w, v))
    visited = set()
    heap = [(0, k)]
    last = 0
    while heap and len(visited) < n:
        t, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        last = t
        for w, v in adj[u]:
            if v not in visited:
                heapq.heappush(heap, (t + w, v))
    return last if len(visited) == n else -1
