class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Mistake: always extends the path into both children, even when a child's best
        # downward path is negative and leaving it out would be better.
        self.best = float("-inf")

        def gain(node):
            if not node:
                return 0
            l, r = gain(node.left), gain(node.right)
            self.best = max(self.best, node.val + l + r)
            return node.val + max(l, r)

        gain(root)
        return self.best
