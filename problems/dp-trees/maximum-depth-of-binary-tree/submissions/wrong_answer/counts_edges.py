def max_depth(root):
    # Mistake: counts edges instead of nodes, so a single node has depth 0.
    if root is None:
        return 0
    if root.left is None and root.right is None:
        return 0
    return 1 + max(max_depth(root.left), max_depth(root.right))
