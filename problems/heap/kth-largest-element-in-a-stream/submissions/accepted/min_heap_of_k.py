import heapq


class KthLargest:
    # A min-heap of the k largest scores: its root is the k-th largest.
    def __init__(self, k, nums):
        self.k = k
        self.top = heapq.nlargest(k, nums)
        heapq.heapify(self.top)

    def add(self, val):
        if len(self.top) < self.k:
            heapq.heappush(self.top, val)
        elif val > self.top[0]:
            heapq.heapreplace(self.top, val)
        return self.top[0]
