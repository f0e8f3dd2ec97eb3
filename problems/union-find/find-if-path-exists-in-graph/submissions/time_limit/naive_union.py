def valid_path(n, edges, source, destination):
    # Correct, but union without path compression or union by size: listed in an
    # unlucky order, the edges build one long chain and every find walks all of it,
    # O(V * E) in the worst case.
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
    return find(source) == find(destination)
