from bisect import bisect_right


class SummaryRanges:
    # Mistake: a value that fills the one-number gap between two runs extends only
    # the left run, so the two runs are never joined into one.
    def __init__(self):
        self.starts, self.ends = [], []

    def addNum(self, value):
        i = bisect_right(self.starts, value)
        if i > 0 and self.ends[i - 1] >= value:
            return
        if i > 0 and self.ends[i - 1] + 1 == value:
            self.ends[i - 1] = value
        elif i < len(self.starts) and self.starts[i] - 1 == value:
            self.starts[i] = value
        else:
            self.starts.insert(i, value)
            self.ends.insert(i, value)

    def getIntervals(self):
        return [[s, e] for s, e in zip(self.starts, self.ends)]
