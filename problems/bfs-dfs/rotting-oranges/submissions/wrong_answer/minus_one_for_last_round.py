from collections import deque


def oranges_rotting(grid):
    # Mistake: counts one minute per BFS level, including the last level that rots nothing,
    # and subtracts 1 at the end. With no rotten orange at all there is no level, so a crate
    # without any fresh orange gets -1 instead of 0.
    m, n = len(grid), len(grid[0])
    queue = deque((r, c) for r in range(m) for c in range(n) if grid[r][c] == 2)
    minutes = 0
    while queue:
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    queue.append((nr, nc))
        minutes += 1
    if any(1 in row for row in grid):
        return -1
    return minutes - 1
