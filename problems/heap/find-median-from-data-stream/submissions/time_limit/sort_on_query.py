class MedianFinder:
    # Correct but O(n log n) per query: keeps the numbers unsorted and sorts a copy each time.
    def __init__(self):
        self.nums = []

    def addNum(self, num):
        self.nums.append(num)

    def findMedian(self):
        s = sorted(self.nums)
        n = len(s)
        return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
