def diameter_of_binary_tree(root):
    turns = []  # for every node: the longest path whose highest node it is, in edges

    def height(node):
        if node is None:
            return 0
        left, right = height(node.left), height(node.right)
        turns.append(left + right)
        return 1 + max(left, right)

    height(root)
    return max(turns)
