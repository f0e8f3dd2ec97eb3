class Solution:
    def rob(self, root: Optional[TreeNode]) -> int:
        # Mistake: memoises on node.val, so two different subtrees whose roots hold the
        # same amount share one answer.
        memo = {}

        def best(node):
            if node is None:
                return 0
            if node.val in memo:
                return memo[node.val]
            take = node.val
            if node.left:
                take += best(node.left.left) + best(node.left.right)
            if node.right:
                take += best(node.right.left) + best(node.right.right)
            memo[node.val] = max(take, best(node.left) + best(node.right))
            return memo[node.val]

        return best(root)
