def max_depth(root):
    # Mistake: copies the minimum-depth logic: a node with one missing child is
    # treated as if the path could end there.
    if root is None:
        return 0
    if root.left is None or root.right is None:
        return 1
    return 1 + max(max_depth(root.left), max_depth(root.right))
