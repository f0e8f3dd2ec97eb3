class Solution:
    def validPath(self, n: int, edges: List[List[int]], source: int, destination: int) -> bool:
        # Mistake: a graph without edges is answered False at once, even when
        # source == destination (a vertex always reaches itself).
        if not edges:
            return False
        graph = [[] for _ in range(n)]
        for u, v in edges:
            graph[u].append(v)
            graph[v].append(u)
        seen = [False] * n
        seen[source] = True
        stack = [source]
        while stack:
            node = stack.pop()
            if node == destination:
                return True
            for nxt in graph[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    stack.append(nxt)
        return False
