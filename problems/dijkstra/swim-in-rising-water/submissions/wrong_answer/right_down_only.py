def swim_in_water(grid):
    # Mistake: a DP that only swims right or down; the best route may need to turn back.
    n = len(grid)
    best = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                best[r][c] = grid[0][0]
                continue
            came = min(best[r - 1][c] if r > 0 else float("inf"), best[r][c - 1] if c > 0 else float("inf"))
            best[r][c] = max(came, grid[r][c])
    return best[n - 1][n - 1]
