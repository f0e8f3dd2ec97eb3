class SummaryRanges:

    def __init__(self):
        self.intervals = []

    def addNum(self, value: int) -> None:
        iv = self.intervals
        lo, hi = 0, len(iv)
        while lo < hi:  # first interval whose start is greater than value
            mid = (lo + hi) // 2
            if iv[mid][0] <= value:
                lo = mid + 1
            else:
                hi = mid
        i = lo
        if i > 0 and iv[i - 1][1] >= value:
            return
        left = i > 0 and iv[i - 1][1] == value - 1
        right = i < len(iv) and iv[i][0] == value + 1
        if left and right:
            iv[i - 1][1] = iv[i][1]
            iv.pop(i)
        elif left:
            iv[i - 1][1] = value
        elif right:
            iv[i][0] = value
        else:
            iv.insert(i, [value, value])

    def getIntervals(self) -> List[List[int]]:
        return [x[:] for x in self.intervals]
