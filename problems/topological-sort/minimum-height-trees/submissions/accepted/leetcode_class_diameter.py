class Solution:
    def findMinHeightTrees(self, n: int, edges: List[List[int]]) -> List[int]:
        # The centres are the middle of a longest path: BFS twice to find one, then walk back.
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
        m = len(path)
        return path[(m - 1) // 2: m // 2 + 1]
