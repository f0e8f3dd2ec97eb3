# judge: problem=data-stream-disjoint-intervals
class SummaryRanges:
    def __init__(self):
        ...

    def addNum(self, value: int) -> None:
        ...

    def getIntervals(self) -> list[list[int]]:
        ...
