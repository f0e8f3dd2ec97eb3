def find_circle_num(is_connected):
    # Mistake: counts the distinct entries of `parent` at the end, but a city deep in a
    # tree still points at an old root, so one province can show up several times.
    n = len(is_connected)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if is_connected[i][j]:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
    return len(set(parent))
