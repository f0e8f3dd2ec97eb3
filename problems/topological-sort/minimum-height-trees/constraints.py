"""LeetCode 310's guarantee: the edges form a tree (n - 1 distinct edges that connect every node)."""

from judge.packs.graphs import connected_parts


def check(args):
    n, edges = args
    parts = connected_parts(range(n), edges)
    if parts != 1:
        return f"edges: they leave {parts} separate parts; a tree connects every node"
    return None
