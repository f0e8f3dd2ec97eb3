def valid_path(n, edges, source, destination):
    parent = list(range(n))
    size = [1] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            if size[a] > size[b]:  # union by size: with path halving, near-constant amortized finds
                a, b = b, a
            parent[a] = b
            size[b] += size[a]
    return find(source) == find(destination)
