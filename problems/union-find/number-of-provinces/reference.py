def find_circle_num(is_connected):
    n = len(is_connected)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    provinces = n
    for i, row in enumerate(is_connected):
        for j, linked in enumerate(row[:i]):  # below the diagonal: the matrix is symmetric
            if linked:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
                    provinces -= 1
    return provinces
