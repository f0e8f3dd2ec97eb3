import heapq


class MedianFinder:
    # Mistake: a heap list is not sorted, so its middle slot is not the median.
    def __init__(self):
        self.heap = []

    def addNum(self, num):
        heapq.heappush(self.heap, num)

    def findMedian(self):
        h = self.heap
        n = len(h)
        return float(h[n // 2]) if n % 2 else (h[n // 2 - 1] + h[n // 2]) / 2
