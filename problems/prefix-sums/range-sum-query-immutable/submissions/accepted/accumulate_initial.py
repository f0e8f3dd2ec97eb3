from itertools import accumulate


class NumArray:
    def __init__(self, nums):
        self._totals = list(accumulate(nums, initial=0))

    def sumRange(self, left, right):
        return self._totals[right + 1] - self._totals[left]
