class Solution:
    def climbStairs(self, n: int) -> int:
        # Mistake: counts how many 2-step moves to use (0, 1, ..., n // 2) but forgets
        # that the moves can come in different orders.
        return n // 2 + 1
