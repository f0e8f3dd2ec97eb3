def longest_univalue_path(root):
    # Mistake: counts the nodes on the path instead of its edges.
    best = 0

    def down(node):
        nonlocal best
        if node is None:
            return 0
        l, r = down(node.left), down(node.right)
        l = l if node.left and node.left.val == node.val else 0
        r = r if node.right and node.right.val == node.val else 0
        best = max(best, l + r + 1)
        return max(l, r) + 1

    down(root)
    return best
