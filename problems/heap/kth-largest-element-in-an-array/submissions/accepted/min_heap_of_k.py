import heapq


def find_kth_largest(nums, k):
    # The k largest values so far, in a min-heap: its root is the k-th largest.
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
