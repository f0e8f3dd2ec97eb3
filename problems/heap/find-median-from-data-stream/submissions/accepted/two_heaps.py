import heapq


class MedianFinder:
    # lo: a max-heap (negated) of the smaller half; hi: a min-heap of the larger half.
    # lo holds the extra number when the count is odd.
    def __init__(self):
        self.lo = []
        self.hi = []

    def addNum(self, num):
        if not self.lo or num <= -self.lo[0]:
            heapq.heappush(self.lo, -num)
        else:
            heapq.heappush(self.hi, num)
        if len(self.lo) > len(self.hi) + 1:
            heapq.heappush(self.hi, -heapq.heappop(self.lo))
        elif len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def findMedian(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) / 2
