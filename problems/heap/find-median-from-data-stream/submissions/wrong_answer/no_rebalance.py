class MedianFinder:
    # Mistake: routes each number to a half but never rebalances the sizes,
    # so the heaps' tops stop being the middle numbers.
    def __init__(self):
        self.small = []  # negated
        self.large = []

    def addNum(self, num: int) -> None:
        if self.small and num <= -self.small[0]:
            heappush(self.small, -num)
        else:
            heappush(self.large, num)

    def findMedian(self) -> float:
        if len(self.large) > len(self.small):
            return float(self.large[0])
        if len(self.small) > len(self.large):
            return float(-self.small[0])
        return (self.large[0] - self.small[0]) / 2
