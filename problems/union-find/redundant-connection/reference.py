def find_redundant_connection(edges):
    parent = list(range(len(edges) + 1))  # nodes are 1..n, and n == len(edges)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a == b:
            return [u, v]  # the first edge that closes the cycle is the cycle's last edge
        parent[a] = b
