def eventual_safe_nodes(graph):
    # Correct but O(V * (V + E)): sweep all nodes again and again, marking a node safe
    # when all its successors are, until a sweep changes nothing.
    n = len(graph)
    safe = [False] * n
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if not safe[i] and all(safe[j] for j in graph[i]):
                safe[i] = True
                changed = True
    return [i for i in range(n) if safe[i]]
