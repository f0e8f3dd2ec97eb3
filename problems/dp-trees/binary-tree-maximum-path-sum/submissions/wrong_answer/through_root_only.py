def max_path_sum(root):
    # Mistake: only considers paths that pass through the root.
    def gain(node):
        if node is None:
            return 0
        return max(0, node.val + max(gain(node.left), gain(node.right)))

    return root.val + gain(root.left) + gain(root.right)
