def longest_univalue_path(root):
    # Every node walks its equal-value arms again: O(n h) for a tree h levels deep. LeetCode
    # keeps trees within 1000 levels, so that is at most about 10^7 steps: accepted here (the
    # limit allows it), and reported as slower than the target.
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
