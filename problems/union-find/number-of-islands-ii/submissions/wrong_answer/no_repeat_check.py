def num_islands2(m, n, positions):
    # Mistake: raising a cell that is already land counts a new island again.
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    out = []
    for r, c in positions:
        parent[(r, c)] = parent.get((r, c), (r, c))
        count += 1
        for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if cell in parent:
                a, b = find(cell), find((r, c))
                if a != b:
                    parent[a] = b
                    count -= 1
        out.append(count)
    return out
