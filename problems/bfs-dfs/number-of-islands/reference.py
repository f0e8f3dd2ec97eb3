def num_islands(grid):
    m, n = len(grid), len(grid[0])
    islands = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] != "1":
                continue
            islands += 1
            grid[r][c] = "0"  # sink the island as it is explored, so no cell is counted twice
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= ni < m and 0 <= nj < n and grid[ni][nj] == "1":
                        grid[ni][nj] = "0"
                        stack.append((ni, nj))
    return islands
