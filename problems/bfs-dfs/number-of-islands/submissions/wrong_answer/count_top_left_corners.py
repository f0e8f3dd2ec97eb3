def num_islands(grid):
    # Mistake: a one-pass shortcut that counts land cells with water above and to the left,
    # as if each island had exactly one such "top-left corner". A U shape has two.
    m, n = len(grid), len(grid[0])
    count = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] != "1":
                continue
            up = r > 0 and grid[r - 1][c] == "1"
            left = c > 0 and grid[r][c - 1] == "1"
            if not up and not left:
                count += 1
    return count
