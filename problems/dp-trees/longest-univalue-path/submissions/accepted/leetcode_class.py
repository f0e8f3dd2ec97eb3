class Solution:
    def longestUnivaluePath(self, root: Optional[TreeNode]) -> int:
        self.ans = 0

        def arrow(node):
            if not node:
                return 0
            left = arrow(node.left)
            right = arrow(node.right)
            arrow_left = arrow_right = 0
            if node.left and node.left.val == node.val:
                arrow_left = left + 1
            if node.right and node.right.val == node.val:
                arrow_right = right + 1
            self.ans = max(self.ans, arrow_left + arrow_right)
            return max(arrow_left, arrow_right)

        arrow(root)
        return self.ans
