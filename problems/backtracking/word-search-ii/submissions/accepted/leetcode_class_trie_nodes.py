class TrieNode:
    def __init__(self):
        self.children = {}
        self.word = None


class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = TrieNode()
        for w in words:
            node = root
            for ch in w:
                node = node.children.setdefault(ch, TrieNode())
            node.word = w
        m, n = len(board), len(board[0])
        res = []

        def dfs(i: int, j: int, parent: TrieNode) -> None:
            ch = board[i][j]
            node = parent.children[ch]
            if node.word:
                res.append(node.word)
                node.word = None
            board[i][j] = "#"
            for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= x < m and 0 <= y < n and board[x][y] in node.children:
                    dfs(x, y, node)
            board[i][j] = ch
            if not node.children and node.word is None:
                parent.children.pop(ch)

        for i in range(m):
            for j in range(n):
                if board[i][j] in root.children:
                    dfs(i, j, root)
        return res
