def network_delay_time(times, n, k):
    # Correct, but tries every route: a depth-first walk along every simple path from k,
    # keeping the shortest arrival time per node. A dense network has exponentially many.
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    best = [None] * (n + 1)
    on_path = [False] * (n + 1)

    def walk(node, t):
        if best[node] is None or t < best[node]:
            best[node] = t
        on_path[node] = True
        for nxt, w in links[node]:
            if not on_path[nxt]:
                walk(nxt, t + w)
        on_path[node] = False

    walk(k, 0)
    if any(best[v] is None for v in range(1, n + 1)):
        return -1
    return max(best[1:])
