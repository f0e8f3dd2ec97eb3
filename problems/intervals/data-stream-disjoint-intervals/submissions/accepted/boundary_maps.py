class SummaryRanges:
    # Two maps: start -> end and end -> start. Joining runs is O(1); a summary sorts the k starts.
    def __init__(self):
        self.seen = set()
        self.end_of = {}
        self.start_of = {}

    def addNum(self, value):
        if value in self.seen:
            return
        self.seen.add(value)
        start = self.start_of.pop(value - 1, value)  # a run ending at value - 1 extends to value
        end = self.end_of.pop(value + 1, value)      # a run starting at value + 1 joins too
        self.end_of.pop(start, None)
        self.end_of[start] = end
        self.start_of[end] = start

    def getIntervals(self):
        return [[s, self.end_of[s]] for s in sorted(self.end_of)]
