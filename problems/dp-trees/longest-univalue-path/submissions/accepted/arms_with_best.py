def longest_univalue_path(root):
    best = 0

    def down(node):
        """Edges on the longest equal-value path going down from node."""
        nonlocal best
        if node is None:
            return 0
        l, r = down(node.left), down(node.right)
        l = l + 1 if node.left and node.left.val == node.val else 0
        r = r + 1 if node.right and node.right.val == node.val else 0
        best = max(best, l + r)
        return max(l, r)

    down(root)
    return best
