def oranges_rotting(grid):
    # Every minute rescans the whole crate for the rotten oranges, then rots their fresh
    # neighbours together: O((m n)^2) when the rot crawls along a long path, but on
    # LeetCode's 10 x 10 crates that is fast, so it is accepted.
    m, n = len(grid), len(grid[0])
    minutes = 0
    while True:
        rotten = [(r, c) for r in range(m) for c in range(n) if grid[r][c] == 2]
        turned = []
        for r, c in rotten:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                    turned.append((nr, nc))
        if not turned:
            break
        for r, c in turned:
            grid[r][c] = 2
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes
