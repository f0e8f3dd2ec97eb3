"""LeetCode 310's guarantee: the edges form a tree (n - 1 distinct edges that connect every node)."""


def check(args):
    n, edges = args
    parent = list(range(n))

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
        return f"edges: they leave {parts} separate parts; a tree connects every node"
    return None
