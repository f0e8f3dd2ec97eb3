from collections import deque


def find_redundant_connection(edges):
    # Mistake: finds the cycle correctly but returns its first link in the input,
    # not the last one.
    n = len(edges)
    graph = [[] for _ in range(n + 1)]
    degree = [0] * (n + 1)
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
        degree[a] += 1
        degree[b] += 1
    leaves = deque(v for v in range(1, n + 1) if degree[v] == 1)
    while leaves:
        v = leaves.popleft()
        degree[v] = 0
        for w in graph[v]:
            if degree[w] > 0:
                degree[w] -= 1
                if degree[w] == 1:
                    leaves.append(w)
    for a, b in edges:
        if degree[a] >= 2 and degree[b] >= 2:
            return [a, b]
    return []
