def pacific_atlantic(heights):
    # Correct but O((m n)^2): a separate downhill search from every cell, stopping early once
    # both oceans are reached.
    m, n = len(heights), len(heights[0])
    result = []
    for r in range(m):
        for c in range(n):
            seen = {(r, c)}
            stack = [(r, c)]
            pacific = atlantic = False
            while stack and not (pacific and atlantic):
                i, j = stack.pop()
                if i == 0 or j == 0:
                    pacific = True
                if i == m - 1 or j == n - 1:
                    atlantic = True
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and (a, b) not in seen and heights[a][b] <= heights[i][j]:
                        seen.add((a, b))
                        stack.append((a, b))
            if pacific and atlantic:
                result.append([r, c])
    return result
