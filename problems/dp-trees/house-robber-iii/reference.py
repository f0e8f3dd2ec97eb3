def rob(root):
    def best(node):
        """(most from node's subtree with node robbed, most with node left alone)."""
        if node is None:
            return 0, 0
        left_taken, left_skipped = best(node.left)
        right_taken, right_skipped = best(node.right)
        return (node.val + left_skipped + right_skipped,
                max(left_taken, left_skipped) + max(right_taken, right_skipped))

    return max(best(root))
