def eventual_safe_nodes(graph):
    # Iterative DFS with three colours: a node is safe when its search finishes
    # without meeting a node that is still on the current path.
    n = len(graph)
    WHITE, GREY, SAFE, UNSAFE = 0, 1, 2, 3
    colour = [WHITE] * n
    for start in range(n):
        if colour[start] != WHITE:
            continue
        colour[start] = GREY
        stack = [(start, 0)]
        while stack:
            node, i = stack[-1]
            if i < len(graph[node]):
                stack[-1] = (node, i + 1)
                nxt = graph[node][i]
                if colour[nxt] == WHITE:
                    colour[nxt] = GREY
                    stack.append((nxt, 0))
                elif colour[nxt] != SAFE:  # grey (a cycle) or already unsafe
                    for m, _ in stack:
                        colour[m] = UNSAFE
                    stack.clear()
            else:
                stack.pop()
                colour[node] = SAFE
    return [i for i in range(n) if colour[i] == SAFE]
