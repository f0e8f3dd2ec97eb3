class Solution:
    def findCircleNum(self, isConnected: List[List[int]]) -> int:
        n = len(isConnected)
        parent = list(range(n))
        rank = [0] * n

        def find(x):
            if parent[x] != x:
                parent[x] = find(parent[x])
            return parent[x]

        count = n
        for i in range(n):
            for j in range(i + 1, n):
                if isConnected[i][j]:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        if rank[ri] < rank[rj]:
                            ri, rj = rj, ri
                        parent[rj] = ri
                        if rank[ri] == rank[rj]:
                            rank[ri] += 1
                        count -= 1
        return count
