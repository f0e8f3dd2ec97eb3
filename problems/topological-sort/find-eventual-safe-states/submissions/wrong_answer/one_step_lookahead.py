class Solution:
    def eventualSafeNodes(self, graph: List[List[int]]) -> List[int]:
        # Mistake: calls a node safe when each successor is terminal or merely not on a
        # cycle through this node, looking only one step ahead.
        n = len(graph)
        return [i for i in range(n)
                if all(not graph[j] or (i not in graph[j] and j != i) for j in graph[i])]
