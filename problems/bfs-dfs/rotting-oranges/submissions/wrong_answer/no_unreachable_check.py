class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        # Mistake: forgets that some fresh oranges may never be reached; it returns the
        # minutes the spreading took instead of -1.
        m, n = len(grid), len(grid[0])
        frontier = [(r, c) for r in range(m) for c in range(n) if grid[r][c] == 2]
        minutes = 0
        while True:
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        nxt.append((nr, nc))
            if not nxt:
                return minutes
            minutes += 1
            frontier = nxt
