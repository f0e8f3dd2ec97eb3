class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Mistake: an m x n table without the padding row and column; at j = 0 the
        # lookups dp[i - 1][j - 1] and dp[i][j - 1] silently read the last column.
        m, n = len(text1), len(text2)
        dp = [[0] * n for _ in range(m)]
        for i in range(m):
            for j in range(n):
                if text1[i] == text2[j]:
                    dp[i][j] = (dp[i - 1][j - 1] if i > 0 else 0) + 1
                else:
                    dp[i][j] = max(dp[i - 1][j] if i > 0 else 0, dp[i][j - 1])
        return dp[m - 1][n - 1]
