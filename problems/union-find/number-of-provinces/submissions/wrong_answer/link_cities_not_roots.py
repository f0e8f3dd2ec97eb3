class Solution:
    def findCircleNum(self, isConnected: List[List[int]]) -> int:
        # Mistake: links the city itself instead of its root (parent[i] = j), which
        # cuts i away from whatever it was joined to before.
        n = len(isConnected)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for i in range(n):
            for j in range(i + 1, n):
                if isConnected[i][j] and find(i) != find(j):
                    parent[i] = j
        return sum(1 for i in range(n) if parent[i] == i)
