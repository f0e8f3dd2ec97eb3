class Solution:
    def eventualSafeNodes(self, graph: List[List[int]]) -> List[int]:
        n = len(graph)
        rev = [[] for _ in range(n)]
        outdeg = [0] * n
        for u in range(n):
            outdeg[u] = len(graph[u])
            for v in graph[u]:
                rev[v].append(u)
        q = deque(i for i in range(n) if outdeg[i] == 0)
        safe = [False] * n
        while q:
            v = q.popleft()
            safe[v] = True
            for u in rev[v]:
                outdeg[u] -= 1
                if outdeg[u] == 0:
                    q.append(u)
        return [i for i in range(n) if safe[i]]
