def valid_path(n, edges, source, destination):
    # Mistake: compares the direct parents at the end instead of the roots, so two
    # vertices deep in the same tree look unrelated.
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
    return parent[source] == parent[destination]
