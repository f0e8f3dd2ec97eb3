class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        # Mistake: returns only the middle node of a longest path, missing the second
        # centre when the longest path has an even number of nodes.
        graph = defaultdict(list)
        for a, b in edges:
            graph[a].append(b)
            graph[b].append(a)

        def bfs(src):
            parent = {src: None}
            q = deque([src])
            last = src
            while q:
                last = q.popleft()
                for nb in graph[last]:
                    if nb not in parent:
                        parent[nb] = last
                        q.append(nb)
            return last, parent

        far, _ = bfs(0)
        other, parent = bfs(far)
        path = []
        node = other
        while node is not None:
            path.append(node)
            node = parent[node]
        return [path[len(path) // 2]]
