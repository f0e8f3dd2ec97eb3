def longest_univalue_path(root):
    # Correct but O(n^2) on long equal-valued paths: every node walks its arms again.
    def arm(node, value):
        if node is None or node.val != value:
            return 0
        return 1 + max(arm(node.left, value), arm(node.right, value))

    def best(node):
        if node is None:
            return 0
        here = arm(node.left, node.val) + arm(node.right, node.val)
        return max(here, best(node.left), best(node.right))

    return best(root)
