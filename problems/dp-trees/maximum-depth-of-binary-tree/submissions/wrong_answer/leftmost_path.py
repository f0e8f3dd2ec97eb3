class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Mistake: assumes a complete tree, whose deepest leaf is on the leftmost path,
        # and walks down left children only.
        depth = 0
        node = root
        while node:
            depth += 1
            node = node.left
        return depth
