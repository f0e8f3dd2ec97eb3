class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Mistake: compares cells with the integer 1, but the grid holds the strings "1" and
        # "0", so no cell is ever land.
        m, n = len(grid), len(grid[0])
        count = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] == 1:
                    count += 1
                    stack = [(r, c)]
                    grid[r][c] = 0
                    while stack:
                        i, j = stack.pop()
                        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                                grid[a][b] = 0
                                stack.append((a, b))
        return count
