class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Mistake: assumes a link is on the cycle when both ends have degree >= 2,
        # which also holds for a bridge between two busy nodes.
        degree = Counter()
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        for a, b in reversed(edges):
            if degree[a] >= 2 and degree[b] >= 2:
                return [a, b]
        return edges[-1]
