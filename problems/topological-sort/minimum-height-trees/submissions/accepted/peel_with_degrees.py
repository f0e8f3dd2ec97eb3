from collections import deque


def find_min_height_trees(n, edges):
    if n == 1:
        return [0]
    adj = [[] for _ in range(n)]
    degree = [0] * n
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
        degree[a] += 1
        degree[b] += 1
    layer = [v for v in range(n) if degree[v] == 1]
    left = n
    while left > 2:
        left -= len(layer)
        nxt = []
        for leaf in layer:
            for v in adj[leaf]:
                degree[v] -= 1
                if degree[v] == 1:
                    nxt.append(v)
        layer = nxt
    return layer
