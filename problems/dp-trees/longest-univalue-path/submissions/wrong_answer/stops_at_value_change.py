def longest_univalue_path(root):
    # Mistake: only descends into children that share the parent's value, so equal-valued
    # paths hiding below a change of value are never found.
    best = 0

    def down(node):
        nonlocal best
        l = down(node.left) + 1 if node.left and node.left.val == node.val else 0
        r = down(node.right) + 1 if node.right and node.right.val == node.val else 0
        best = max(best, l + r)
        return max(l, r)

    if root:
        down(root)
    return best
