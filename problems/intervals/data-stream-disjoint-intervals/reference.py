from bisect import bisect_right


class SummaryRanges:
    def __init__(self):
        self.starts = []
        self.ends = []

    def addNum(self, value):
        starts, ends = self.starts, self.ends
        i = bisect_right(starts, value)
        if i > 0 and ends[i - 1] >= value:
            return
        joins_left = i > 0 and ends[i - 1] + 1 == value
        joins_right = i < len(starts) and starts[i] - 1 == value
        if joins_left and joins_right:
            ends[i - 1] = ends[i]
            del starts[i], ends[i]
        elif joins_left:
            ends[i - 1] = value
        elif joins_right:
            starts[i] = value
        else:
            starts.insert(i, value)
            ends.insert(i, value)

    def getIntervals(self):
        return [[s, e] for s, e in zip(self.starts, self.ends)]
