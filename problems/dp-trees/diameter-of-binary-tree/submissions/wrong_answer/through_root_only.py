def diameter_of_binary_tree(root):
    # Mistake: only considers the path that turns at the root; the longest path can
    # turn lower down, inside one subtree.
    def height(node):
        if node is None:
            return 0
        return 1 + max(height(node.left), height(node.right))

    return height(root.left) + height(root.right)
