from collections import defaultdict


def find_redundant_connection(edges):
    # Before adding each link, search the links added so far for a path between its ends;
    # the first link whose ends are already connected is the answer. O(n^2), but with
    # LeetCode's 1000 links that is fast enough: accepted.
    graph = defaultdict(list)
    for u, v in edges:
        seen = {u}
        stack = [u]
        while stack:
            x = stack.pop()
            if x == v:
                return [u, v]
            for y in graph[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        graph[u].append(v)
        graph[v].append(u)
    return []
