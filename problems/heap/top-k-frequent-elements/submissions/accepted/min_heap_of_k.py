import heapq
from collections import Counter


def top_k_frequent(nums, k):
    # A min-heap of k (count, value) pairs: the least frequent of the kept ones is evicted first.
    heap = []
    for value, count in Counter(nums).items():
        if len(heap) < k:
            heapq.heappush(heap, (count, value))
        elif count > heap[0][0]:
            heapq.heapreplace(heap, (count, value))
    return [value for _, value in heap]
