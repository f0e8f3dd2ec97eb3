def num_islands(grid):
    # Correct but O((m n)^2): the visited cells are kept in a list, so every membership test
    # scans everything seen so far.
    m, n = len(grid), len(grid[0])
    visited = []
    count = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] == "1" and [r, c] not in visited:
                count += 1
                visited.append([r, c])
                stack = [[r, c]]
                while stack:
                    i, j = stack.pop()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and [a, b] not in visited:
                            visited.append([a, b])
                            stack.append([a, b])
    return count
