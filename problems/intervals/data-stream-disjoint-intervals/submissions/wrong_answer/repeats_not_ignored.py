class SummaryRanges:
    # Mistake: only checks whether the value extends a run, never whether it is already
    # inside one, so a repeated value strictly inside a run becomes a run of its own.
    def __init__(self):
        self.intervals = []

    def addNum(self, value: int) -> None:
        iv = self.intervals
        i = 0
        while i < len(iv) and iv[i][1] < value - 1:
            i += 1
        if i < len(iv) and iv[i][1] == value - 1:
            iv[i][1] = value
            if i + 1 < len(iv) and iv[i + 1][0] == value + 1:
                iv[i][1] = iv[i + 1][1]
                iv.pop(i + 1)
        elif i < len(iv) and iv[i][0] == value + 1:
            iv[i][0] = value
        elif i < len(iv) and iv[i][0] == value:
            pass
        else:
            iv.insert(i, [value, value])

    def getIntervals(self) -> List[List[int]]:
        return [x[:] for x in self.intervals]
