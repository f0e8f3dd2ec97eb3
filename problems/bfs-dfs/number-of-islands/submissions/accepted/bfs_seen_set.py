from collections import deque


def num_islands(grid):
    # Breadth first with a set of seen cells; the grid itself is not changed.
    m, n = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                seen.add((r, c))
                queue = deque([(r, c)])
                while queue:
                    i, j = queue.popleft()
                    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in seen:
                            seen.add((a, b))
                            queue.append((a, b))
    return count
