class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Mistake: leaves a found word in the trie, so a word that can be traced along
        # two paths is reported twice.
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        res = []

        def dfs(i, j, node):
            ch = board[i][j]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                res.append(node["$"])
            board[i][j] = "#"
            for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= x < m and 0 <= y < n:
                    dfs(x, y, node)
            board[i][j] = ch

        for i in range(m):
            for j in range(n):
                dfs(i, j, trie)
        return res
