def minimum_effort_path(heights):
    # Correct but O((m n)^2) on a winding route: Bellman-Ford on the grid, sweeping every
    # cell and relaxing its neighbours until a sweep changes nothing.
    m, n = len(heights), len(heights[0])
    INF = float("inf")
    best = [[INF] * n for _ in range(m)]
    best[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(m):
            for c in range(n):
                if best[r][c] == INF:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n:
                        e = max(best[r][c], abs(heights[nr][nc] - heights[r][c]))
                        if e < best[nr][nc]:
                            best[nr][nc] = e
                            changed = True
    return best[m - 1][n - 1]
