def max_path_sum(root):
    # Correct but O(n^2) on long thin trees: every node recomputes its children's best
    # downward paths from scratch.
    def down(node):
        if node is None:
            return 0
        return max(0, node.val + max(down(node.left), down(node.right)))

    def best(node):
        if node is None:
            return float("-inf")
        here = node.val + down(node.left) + down(node.right)
        return max(here, best(node.left), best(node.right))

    return best(root)
