def num_islands(grid):
    # Union-find over land cells with path halving: start with one set per land cell and
    # merge each cell with its land neighbours above and to the left.
    m, n = len(grid), len(grid[0])
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sets = 0
    for r in range(m):
        for c in range(n):
            if grid[r][c] != "1":
                continue
            sets += 1
            here = r * n + c
            for nr, nc in ((r - 1, c), (r, c - 1)):
                if nr >= 0 and nc >= 0 and grid[nr][nc] == "1":
                    a, b = find(here), find(nr * n + nc)
                    if a != b:
                        parent[a] = b
                        sets -= 1
    return sets
