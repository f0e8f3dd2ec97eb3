def swim_in_water(grid):
    # Union-find in time order: at time t the square of elevation t is flooded and joined to
    # its flooded neighbours; the answer is the first t at which both corners are joined.
    n = len(grid)
    where = [0] * (n * n)
    for r in range(n):
        for c in range(n):
            where[grid[r][c]] = r * n + c
    parent = list(range(n * n))
    flooded = [False] * (n * n)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in range(n * n):
        cell = where[t]
        flooded[cell] = True
        r, c = divmod(cell, n)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and flooded[nr * n + nc]:
                parent[find(nr * n + nc)] = find(cell)
        if flooded[0] and flooded[n * n - 1] and find(0) == find(n * n - 1):
            return t
    return n * n - 1
