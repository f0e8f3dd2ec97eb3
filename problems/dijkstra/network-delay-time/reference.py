from collections import defaultdict
from heapq import heappop, heappush


def network_delay_time(times, n, k):
    graph = defaultdict(list)
    for u, v, w in times:
        graph[u].append((v, w))
    arrival = {}  # settled nodes: the first time a node is popped, its time is final
    heap = [(0, k)]
    while heap:
        t, u = heappop(heap)
        if u in arrival:
            continue
        arrival[u] = t
        for v, w in graph[u]:
            if v not in arrival:
                heappush(heap, (t + w, v))
    return max(arrival.values()) if len(arrival) == n else -1
