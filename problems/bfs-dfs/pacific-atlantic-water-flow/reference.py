def pacific_atlantic(heights):
    m, n = len(heights), len(heights[0])
    # Search uphill from each ocean's edge cells: what it reaches can drain into that ocean.
    pacific = [[False] * n for _ in heights]
    atlantic = [[False] * n for _ in heights]
    pacific_stack, atlantic_stack = [], []
    for r in range(m):
        for c in range(n):
            if r == 0 or c == 0:
                pacific[r][c] = True
                pacific_stack.append((r, c))
            if r == m - 1 or c == n - 1:
                atlantic[r][c] = True
                atlantic_stack.append((r, c))
    for reach, stack in ((pacific, pacific_stack), (atlantic, atlantic_stack)):
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and not reach[nr][nc] and heights[nr][nc] >= heights[r][c]:
                    reach[nr][nc] = True
                    stack.append((nr, nc))
    return [[r, c] for r in range(m) for c in range(n) if pacific[r][c] and atlantic[r][c]]
