class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Mistake: counts the nodes on the longest path instead of its edges.
        self.best = 0

        def depth(node):
            if not node:
                return 0
            l, r = depth(node.left), depth(node.right)
            self.best = max(self.best, l + r + 1)
            return 1 + max(l, r)

        depth(root)
        return self.best
