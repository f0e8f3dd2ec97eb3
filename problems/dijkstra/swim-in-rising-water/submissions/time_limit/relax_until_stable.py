def swim_in_water(grid):
    # Correct but O(n^4) on a winding route: sweep the whole pool, lowering each square's
    # best time from its neighbours, until a sweep changes nothing.
    n = len(grid)
    INF = float("inf")
    best = [[INF] * n for _ in range(n)]
    best[0][0] = grid[0][0]
    changed = True
    while changed:
        changed = False
        for r in range(n):
            for c in range(n):
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and best[nr][nc] < INF:
                        t = max(best[nr][nc], grid[r][c])
                        if t < best[r][c]:
                            best[r][c] = t
                            changed = True
    return best[n - 1][n - 1]
