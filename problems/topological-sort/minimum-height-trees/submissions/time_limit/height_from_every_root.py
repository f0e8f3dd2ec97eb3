from collections import deque


def find_min_height_trees(n, edges):
    # Correct but O(n^2): a breadth-first search from every node measures its height
    # as a root, and the roots of least height win.
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    heights = []
    for root in range(n):
        depth = [-1] * n
        depth[root] = 0
        queue = deque([root])
        h = 0
        while queue:
            v = queue.popleft()
            h = depth[v]
            for w in adj[v]:
                if depth[w] < 0:
                    depth[w] = h + 1
                    queue.append(w)
        heights.append(h)
    best = min(heights)
    return [v for v in range(n) if heights[v] == best]
