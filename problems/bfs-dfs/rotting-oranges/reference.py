def oranges_rotting(grid):
    m, n = len(grid), len(grid[0])
    fresh = 0
    frontier = []
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 1:
                fresh += 1
            elif grid[r][c] == 2:
                frontier.append((r, c))
    minutes = 0
    while fresh and frontier:  # one round of the breadth-first search per minute
        minutes += 1
        turned = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    fresh -= 1
                    turned.append((nr, nc))
        frontier = turned
    return -1 if fresh else minutes
