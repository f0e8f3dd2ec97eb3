class NumArray:
    def __init__(self, nums):
        self.prefix = list(accumulate(nums))

    def sumRange(self, left, right):
        if left == 0:
            return self.prefix[right]
        return self.prefix[right] - self.prefix[left - 1]
