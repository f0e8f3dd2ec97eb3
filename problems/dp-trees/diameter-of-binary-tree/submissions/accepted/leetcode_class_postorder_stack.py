class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Iterative post-order: a node's height is known once both children's are.
        height = {None: 0}
        best = 0
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                l, r = height[node.left], height[node.right]
                best = max(best, l + r)
                height[node] = 1 + max(l, r)
            else:
                stack.append((node, True))
                stack.append((node.left, False))
                stack.append((node.right, False))
        return best
