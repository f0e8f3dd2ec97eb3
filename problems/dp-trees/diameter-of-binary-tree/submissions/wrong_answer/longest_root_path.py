def diameter_of_binary_tree(root):
    # Mistake: confuses the diameter with the height: measures the longest path that
    # starts at the root, so a path turning at some node is never counted.
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    return height(root) - 1
