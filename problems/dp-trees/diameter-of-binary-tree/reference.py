def diameter_of_binary_tree(root):
    best = 0  # the longest path, in edges, whose highest node has been seen

    def height(node):
        nonlocal best
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        best = max(best, left + right)
        return 1 + max(left, right)

    height(root)
    return best
