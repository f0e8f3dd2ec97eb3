class SummaryRanges:
    # Correct, but rebuilds the whole summary from every number seen after each addNum, so a
    # summary is always ready: O(n) Python steps per call, about 10^8 over a long stream.
    def __init__(self):
        self.nums = []
        self.seen = set()
        self.summary = []

    def addNum(self, value):
        if value not in self.seen:
            self.seen.add(value)
            self.nums.append(value)
            self.nums.sort()
        runs = []
        for x in self.nums:
            if runs and runs[-1][1] + 1 == x:
                runs[-1][1] = x
            else:
                runs.append([x, x])
        self.summary = runs

    def getIntervals(self):
        return [run[:] for run in self.summary]
