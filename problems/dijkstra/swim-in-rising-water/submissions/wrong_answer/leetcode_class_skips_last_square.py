class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        # Mistake: records the elevation of the square being left rather than the one being
        # entered, so the last square's own elevation never counts.
        n = len(grid)
        seen = set()
        heap = [(grid[0][0], 0, 0)]
        while heap:
            t, r, c = heapq.heappop(heap)
            if (r, c) == (n - 1, n - 1):
                return t
            if (r, c) in seen:
                continue
            seen.add((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                    heapq.heappush(heap, (max(t, grid[r][c]), nr, nc))
        return -1
