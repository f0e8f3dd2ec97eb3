# judge: problem=kth-largest-element-in-a-stream
class KthLargest:
    def __init__(self, k: int, nums: list[int]):
        ...

    def add(self, val: int) -> int:
        ...
