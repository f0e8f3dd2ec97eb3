class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Mistake: forgets the replace edit, so a substitution costs a deletion plus an
        # insertion (2 instead of 1).
        m, n = len(word1), len(word2)
        dp = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1):
            for j in range(n + 1):
                if i == 0 or j == 0:
                    dp[i][j] = i + j
                elif word1[i - 1] == word2[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1]
                else:
                    dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1])
        return dp[m][n]
