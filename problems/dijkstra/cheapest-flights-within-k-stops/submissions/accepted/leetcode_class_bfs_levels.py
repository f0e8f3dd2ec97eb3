class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        adj = defaultdict(list)
        for a, b, p in flights:
            adj[a].append((b, p))
        best = [float("inf")] * n
        best[src] = 0
        q = deque([(src, 0)])
        stops = 0
        while q and stops <= k:
            for _ in range(len(q)):
                node, cost = q.popleft()
                for nxt, p in adj[node]:
                    if cost + p < best[nxt]:
                        best[nxt] = cost + p
                        q.append((nxt, cost + p))
            stops += 1
        return -1 if best[dst] == float("inf") else best[dst]
