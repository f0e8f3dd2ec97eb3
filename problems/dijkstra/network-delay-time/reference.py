from heapq import heappop, heappush


def network_delay_time(times, n, k):
    graph = [[] for _ in range(n + 1)]  # nodes are 1..n
    for u, v, w in times:
        graph[u].append((v, w))
    settled = [False] * (n + 1)
    reached = latest = 0
    heap = [(0, k)]
    while heap:
        t, u = heappop(heap)
        if settled[u]:
            continue
        # the first pop of a node is its arrival time, and pops come in time order: the last is the latest
        settled[u] = True
        reached += 1
        latest = t
        for v, w in graph[u]:
            if not settled[v]:
                heappush(heap, (t + w, v))
    return latest if reached == n else -1
