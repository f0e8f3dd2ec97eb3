import heapq


class KthLargest:
    # Mistake: the constructor keeps every score of nums; add pops only one per call,
    # so the heap holds more than k scores and its root is too small.
    def __init__(self, k, nums):
        self.k = k
        self.heap = list(nums)
        heapq.heapify(self.heap)

    def add(self, val):
        heapq.heappush(self.heap, val)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0]
