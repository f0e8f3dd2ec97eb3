def find_redundant_connection(edges):
    # Mistake: links the node itself (parent[u] = v) instead of its root, which cuts u
    # away from the set it was in, so some cycles are never seen.
    parent = list(range(len(edges) + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        if find(u) == find(v):
            return [u, v]
        parent[u] = v
    return edges[-1]
