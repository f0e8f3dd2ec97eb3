class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        # Mistake: adds every link in both directions, as if signals could travel back.
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
            graph[v].append((u, w))
        dist = {}
        heap = [(0, k)]
        while heap:
            d, u = heapq.heappop(heap)
            if u in dist:
                continue
            dist[u] = d
            for v, w in graph[u]:
                if v not in dist:
                    heapq.heappush(heap, (d + w, v))
        return max(dist.values()) if len(dist) == n else -1
