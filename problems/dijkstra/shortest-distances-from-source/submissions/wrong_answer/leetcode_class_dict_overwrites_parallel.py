class Solution:
    def shortestDistances(self, n: int, roads: List[List[int]], source: int) -> List[int]:
        # Mistake: an adjacency dict of dicts keeps only the last road between two towns, even
        # when an earlier parallel road is shorter.
        graph = defaultdict(dict)
        for u, v, w in roads:
            graph[u][v] = w
            graph[v][u] = w
        dist = [-1] * n
        pq = [(0, source)]
        while pq:
            d, u = heapq.heappop(pq)
            if dist[u] != -1:
                continue
            dist[u] = d
            for v, w in graph[u].items():
                if dist[v] == -1:
                    heapq.heappush(pq, (d + w, v))
        return dist
