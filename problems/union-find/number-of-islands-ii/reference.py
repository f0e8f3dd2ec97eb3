def num_islands2(m, n, positions):
    parent = {}  # union-find over the land cells, keyed by (row, column)
    size = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    islands = 0
    counts = []
    for r, c in positions:
        if (r, c) not in parent:
            parent[(r, c)] = (r, c)
            size[(r, c)] = 1
            islands += 1
            for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if cell in parent:  # cells outside the grid are never land
                    a, b = find(cell), find((r, c))
                    if a != b:
                        if size[a] > size[b]:  # union by size: the smaller tree goes under the larger
                            a, b = b, a
                        parent[a] = b
                        size[b] += size[a]
                        islands -= 1
        counts.append(islands)
    return counts
