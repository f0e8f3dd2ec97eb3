def rob(root):
    def walk(node):
        if not node:
            return 0, 0  # (robbed, not robbed)
        a, b = walk(node.left)
        c, d = walk(node.right)
        return node.val + b + d, max(a, b) + max(c, d)

    return max(walk(root))
