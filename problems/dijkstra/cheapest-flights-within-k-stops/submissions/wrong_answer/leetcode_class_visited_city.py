class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Mistake: Dijkstra that settles each city once, at its cheapest price, and drops any
        # later visit that is dearer but uses fewer flights.
        adj = defaultdict(list)
        for a, b, p in flights:
            adj[a].append((b, p))
        visited = set()
        heap = [(0, src, 0)]
        while heap:
            price, city, used = heapq.heappop(heap)
            if city == dst:
                return price
            if city in visited or used > k:
                continue
            visited.add(city)
            for nxt, p in adj[city]:
                heapq.heappush(heap, (price + p, nxt, used + 1))
        return -1
