class Solution:
    def eventualSafeNodes(self, graph: List[List[int]]) -> List[int]:
        n = len(graph)
        state = [0] * n  # 0 unvisited, 1 visiting, 2 safe

        def dfs(node):
            if state[node] > 0:
                return state[node] == 2
            state[node] = 1
            for nxt in graph[node]:
                if not dfs(nxt):
                    return False
            state[node] = 2
            return True

        return [i for i in range(n) if dfs(i)]
