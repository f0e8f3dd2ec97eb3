from collections import defaultdict, deque


def valid_path(n, edges, source, destination):
    # Mistake: stores each edge one way only, as if [u, v] could only be walked from u to v.
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
    seen = {source}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        if node == destination:
            return True
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False
