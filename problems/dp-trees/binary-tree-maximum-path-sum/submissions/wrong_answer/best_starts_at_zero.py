def max_path_sum(root):
    # Mistake: starts the running best at 0, as if the empty path were allowed; when
    # every value is negative the answer is the largest single value instead.
    best = 0

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
