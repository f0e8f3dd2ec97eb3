def longest_univalue_path(root):
    best = 0

    def arm(node, parent_val):
        """Edges on the longest equal-value path from node's parent down through node (0 if their values differ)."""
        nonlocal best
        if node is None:
            return 0
        left, right = arm(node.left, node.val), arm(node.right, node.val)
        best = max(best, left + right)
        return 1 + max(left, right) if node.val == parent_val else 0

    arm(root, None)
    return best
