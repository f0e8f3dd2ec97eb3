def max_path_sum(root):
    turns = []  # for every node: the best sum of a path whose highest node it is

    def gain(node):
        """The best sum of a path going down from node, or 0 when every such path is negative."""
        if node is None:
            return 0
        left, right = gain(node.left), gain(node.right)
        turns.append(node.val + left + right)
        return max(node.val + max(left, right), 0)

    gain(root)
    return max(turns)
