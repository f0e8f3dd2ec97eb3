def num_islands2(m, n, positions):
    # Flat cell ids r * n + c, union by size, full path compression; bounds checked per side.
    parent = [-1] * (m * n)  # -1: water
    size = [0] * (m * n)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    count = 0
    out = []
    for r, c in positions:
        cell = r * n + c
        if parent[cell] == -1:
            parent[cell] = cell
            size[cell] = 1
            count += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < m and 0 <= nc < n and parent[nr * n + nc] != -1:
                    a, b = find(cell), find(nr * n + nc)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        count -= 1
        out.append(count)
    return out
