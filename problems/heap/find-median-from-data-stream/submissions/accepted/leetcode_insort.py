class MedianFinder:

    def __init__(self):
        self.data = []

    def addNum(self, num: int) -> None:
        insort(self.data, num)

    def findMedian(self) -> float:
        n = len(self.data)
        if n % 2:
            return float(self.data[n // 2])
        return (self.data[n // 2 - 1] + self.data[n // 2]) / 2.0


# Your MedianFinder object will be instantiated and called as such:
# obj = MedianFinder()
# obj.addNum(num)
# param_2 = obj.findMedian()
