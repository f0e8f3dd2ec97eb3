class SummaryRanges:
    # Keeps the set of numbers and rebuilds the runs from scratch at every getIntervals
    # call: O(n log n) per summary, but LeetCode makes at most 100 summaries, so this is
    # fast enough and accepted.
    def __init__(self):
        self.nums = set()

    def addNum(self, value):
        self.nums.add(value)

    def getIntervals(self):
        out = []
        for x in sorted(self.nums):
            if out and out[-1][1] + 1 == x:
                out[-1][1] = x
            else:
                out.append([x, x])
        return out
