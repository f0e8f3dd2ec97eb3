def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))  # nodes are 1..n, and n == len(edges)
    size = [1] * (len(edges) + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return [u, v]  # the first edge that closes the cycle is the cycle's last edge
        if size[a] > size[b]:  # union by size: the smaller tree goes under the larger
            a, b = b, a
        parent[a] = b
        size[b] += size[a]
