class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        # Mistake: leaves are nodes with exactly one neighbour, so a lone node (n == 1)
        # is never a leaf and the answer comes out empty.
        neighbors = [set() for _ in range(n)]
        for a, b in edges:
            neighbors[a].add(b)
            neighbors[b].add(a)
        leaves = [i for i in range(n) if len(neighbors[i]) == 1]
        remaining = n
        while remaining > 2:
            remaining -= len(leaves)
            new_leaves = []
            for leaf in leaves:
                nb = neighbors[leaf].pop()
                neighbors[nb].remove(leaf)
                if len(neighbors[nb]) == 1:
                    new_leaves.append(nb)
            leaves = new_leaves
        return leaves
