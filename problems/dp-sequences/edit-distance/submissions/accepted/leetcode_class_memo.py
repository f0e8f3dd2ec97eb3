class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        memo = {}

        def dist(i: int, j: int) -> int:
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if (i, j) not in memo:
                if word1[i] == word2[j]:
                    memo[i, j] = dist(i + 1, j + 1)
                else:
                    memo[i, j] = 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))
            return memo[i, j]

        return dist(0, 0)
