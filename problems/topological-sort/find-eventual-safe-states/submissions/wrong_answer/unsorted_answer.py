from collections import deque


def eventual_safe_nodes(graph):
    # Mistake: returns the safe nodes in the order they were found, not sorted.
    n = len(graph)
    rev = [[] for _ in range(n)]
    pending = [len(out) for out in graph]
    for u, out in enumerate(graph):
        for v in out:
            rev[v].append(u)
    queue = deque(i for i in range(n) if pending[i] == 0)
    found = []
    while queue:
        v = queue.popleft()
        found.append(v)
        for u in rev[v]:
            pending[u] -= 1
            if pending[u] == 0:
                queue.append(u)
    return found
