def minimum_effort_path(heights):
    # Mistake: a DP that only moves right or down, but the best route may need to go up or left.
    m, n = len(heights), len(heights[0])
    best = [[0] * n for _ in range(m)]
    for r in range(m):
        for c in range(n):
            if r == 0 and c == 0:
                continue
            options = []
            if r > 0:
                options.append(max(best[r - 1][c], abs(heights[r][c] - heights[r - 1][c])))
            if c > 0:
                options.append(max(best[r][c - 1], abs(heights[r][c] - heights[r][c - 1])))
            best[r][c] = min(options)
    return best[m - 1][n - 1]
