import heapq
from collections import Counter


def top_k_frequent(nums, k):
    # Mistake: heapq is a min-heap, so popping k pairs gives the k least frequent values.
    heap = [(count, value) for value, count in Counter(nums).items()]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(k)]
