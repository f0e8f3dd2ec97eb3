def eventual_safe_nodes(graph):
    # Mistake: one "visited" mark for both "on the current path" and "finished", so
    # reaching a finished node again (two paths into the same node) looks like a cycle.
    n = len(graph)
    visited = [False] * n
    safe = [False] * n

    def dfs(node):
        visited[node] = True
        for nxt in graph[node]:
            if visited[nxt] or not dfs(nxt):
                return False
        safe[node] = True
        return True

    for i in range(n):
        if not visited[i]:
            dfs(i)
    return [i for i in range(n) if safe[i]]
