def oranges_rotting(grid):
    # Mistake: simulates each minute by scanning the crate and rotting neighbours in place,
    # so an orange that turned earlier in the same scan already spreads further this minute.
    m, n = len(grid), len(grid[0])
    minutes = 0
    while True:
        changed = False
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 2:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        changed = True
        if not changed:
            break
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes
