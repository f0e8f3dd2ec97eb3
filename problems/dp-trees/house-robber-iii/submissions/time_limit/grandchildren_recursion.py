def rob(root):
    # Correct but exponential: "this node plus its grandchildren, or its children",
    # with no memory, solves the same subtrees again and again.
    if root is None:
        return 0
    take = root.val
    if root.left:
        take += rob(root.left.left) + rob(root.left.right)
    if root.right:
        take += rob(root.right.left) + rob(root.right.right)
    return max(take, rob(root.left) + rob(root.right))
