def find_circle_num(is_connected):
    # Iterative depth-first search over the matrix rows: O(n^2).
    n = len(is_connected)
    seen = [False] * n
    provinces = 0
    for start in range(n):
        if seen[start]:
            continue
        provinces += 1
        seen[start] = True
        stack = [start]
        while stack:
            city = stack.pop()
            for other, linked in enumerate(is_connected[city]):
                if linked and not seen[other]:
                    seen[other] = True
                    stack.append(other)
    return provinces
