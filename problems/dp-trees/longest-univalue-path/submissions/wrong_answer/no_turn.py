class Solution:
    def longestUnivaluePath(self, root: Optional[TreeNode]) -> int:
        # Mistake: only counts paths that go straight down, never one that turns at a
        # node and joins its left and right arms.
        self.ans = 0

        def arrow(node):
            if not node:
                return 0
            left, right = arrow(node.left), arrow(node.right)
            left = left + 1 if node.left and node.left.val == node.val else 0
            right = right + 1 if node.right and node.right.val == node.val else 0
            self.ans = max(self.ans, left, right)
            return max(left, right)

        arrow(root)
        return self.ans
