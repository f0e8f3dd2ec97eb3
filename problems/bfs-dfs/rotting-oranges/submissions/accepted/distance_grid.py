def oranges_rotting(grid):
    # Multi-source BFS into a distance grid (the input is left alone), then the largest
    # distance over the fresh oranges, or -1 if one was never reached.
    m, n = len(grid), len(grid[0])
    dist = [[-1] * n for _ in range(m)]
    order = []
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 2:
                dist[r][c] = 0
                order.append((r, c))
    head = 0
    while head < len(order):
        r, c = order[head]
        head += 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == 1 and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                order.append((nr, nc))
    answer = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 1:
                if dist[r][c] < 0:
                    return -1
                answer = max(answer, dist[r][c])
    return answer
