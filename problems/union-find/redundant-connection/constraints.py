"""LeetCode 684's guarantee: the n edges connect all n nodes (a tree plus one extra edge)."""

from judge.packs.graphs import connected_parts


def check(args):
    (edges,) = args
    parts = connected_parts(range(1, len(edges) + 1), edges)
    if parts != 1:
        return f"edges: they leave {parts} separate parts; the graph must be connected"
    return None
