# judge: problem=range-sum-query-immutable
class NumArray:
    def __init__(self, nums: list[int]):
        ...

    def sumRange(self, left: int, right: int) -> int:
        ...
