class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Correct but slow: runs a separate board search for every word, so a prefix shared
        # by thousands of words is walked thousands of times.
        m, n = len(board), len(board[0])

        def exist(word):
            def dfs(i, j, k):
                if k == len(word):
                    return True
                if not (0 <= i < m and 0 <= j < n) or board[i][j] != word[k]:
                    return False
                ch, board[i][j] = board[i][j], "#"
                ok = dfs(i + 1, j, k + 1) or dfs(i - 1, j, k + 1) or dfs(i, j + 1, k + 1) or dfs(i, j - 1, k + 1)
                board[i][j] = ch
                return ok

            return any(dfs(i, j, 0) for i in range(m) for j in range(n))

        return [w for w in words if exist(w)]
