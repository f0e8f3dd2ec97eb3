def oranges_rotting(grid):
    # Correct, but each fresh orange's distance to the rot is found by walking every simple path
    # through the oranges and keeping the shortest: exponentially many paths in an open crate.
    m, n = len(grid), len(grid[0])
    on_path = set()

    def nearest_rot(r, c):
        if grid[r][c] == 2:
            return 0
        on_path.add((r, c))
        best = None
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] and (nr, nc) not in on_path:
                d = nearest_rot(nr, nc)
                if d is not None and (best is None or d + 1 < best):
                    best = d + 1
        on_path.discard((r, c))
        return best

    minutes = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 1:
                d = nearest_rot(r, c)
                if d is None:
                    return -1
                minutes = max(minutes, d)
    return minutes
