from collections import deque


def shortest_distances(n, roads, source):
    # Mistake: breadth-first search that fixes a town's distance the first time it is seen,
    # which is the route with the fewest roads, not the shortest one.
    adj = [[] for _ in range(n)]
    for u, v, w in roads:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [-1] * n
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, w in adj[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + w
                queue.append(v)
    return dist
