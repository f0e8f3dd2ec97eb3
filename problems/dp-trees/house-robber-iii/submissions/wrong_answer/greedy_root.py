def rob(root):
    # Mistake: decides greedily at each node: rob it when it holds more than its two
    # children together, then jump to the grandchildren; otherwise rob the children.
    def plan(node):
        if node is None:
            return 0
        children = (node.left.val if node.left else 0) + (node.right.val if node.right else 0)
        if node.val >= children:
            total = node.val
            for child in (node.left, node.right):
                if child:
                    total += plan(child.left) + plan(child.right)
            return total
        return plan(node.left) + plan(node.right)

    return plan(root)
