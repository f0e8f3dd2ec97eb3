"""LeetCode 684's guarantee: the n edges connect all n nodes (a tree plus one extra edge)."""


def check(args):
    (edges,) = args
    n = len(edges)
    parent = list(range(n + 1))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    parts = n
    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            parts -= 1
    if parts != 1:
        return f"edges: they leave {parts} separate parts; the graph must be connected"
    return None
