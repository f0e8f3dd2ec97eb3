# judge: problem=find-median-from-data-stream
class MedianFinder:
    def __init__(self):
        ...

    def addNum(self, num: int) -> None:
        ...

    def findMedian(self) -> float:
        ...
