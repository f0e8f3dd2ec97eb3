def max_path_sum(root):
    best = root.val  # the best sum of a path whose highest node has been seen (a path has one node at least)

    def gain(node):
        """The best sum of a path going down from node, or 0 when every such path is negative."""
        nonlocal best
        if node is None:
            return 0
        left, right = gain(node.left), gain(node.right)
        best = max(best, node.val + left + right)
        return max(node.val + max(left, right), 0)

    gain(root)
    return best
