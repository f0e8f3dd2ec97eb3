class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        # Mistake: plain shortest-path Dijkstra that adds the step differences up, instead of
        # taking their maximum.
        m, n = len(heights), len(heights[0])
        dist = {(0, 0): 0}
        pq = [(0, 0, 0)]
        while pq:
            d, r, c = heapq.heappop(pq)
            if (r, c) == (m - 1, n - 1):
                return d
            if d > dist[(r, c)]:
                continue
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n:
                    nd = d + abs(heights[nr][nc] - heights[r][c])
                    if nd < dist.get((nr, nc), float("inf")):
                        dist[(nr, nc)] = nd
                        heapq.heappush(pq, (nd, nr, nc))
        return 0
