def minimum_effort_path(heights):
    # Add steps in increasing order of difference (Kruskal) until the corners are joined.
    m, n = len(heights), len(heights[0])
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges = []
    for r in range(m):
        for c in range(n):
            if r + 1 < m:
                edges.append((abs(heights[r][c] - heights[r + 1][c]), r * n + c, (r + 1) * n + c))
            if c + 1 < n:
                edges.append((abs(heights[r][c] - heights[r][c + 1]), r * n + c, r * n + c + 1))
    edges.sort()
    target = m * n - 1
    if target == 0:
        return 0
    for d, a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            if find(0) == find(target):
                return d
    return 0
