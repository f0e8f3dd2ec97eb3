class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Unbounded-knapsack table of combinations; candidates in the outer loop keep each combination once.
        dp = [[] for _ in range(target + 1)]
        dp[0] = [[]]
        for c in candidates:
            for t in range(c, target + 1):
                dp[t] += [combo + [c] for combo in dp[t - c]]
        return dp[target]
