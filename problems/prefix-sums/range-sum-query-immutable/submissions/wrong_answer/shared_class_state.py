class NumArray:
    pre = [0]  # Mistake: one list shared by every instance, so a second script sees stale totals.

    def __init__(self, nums):
        for x in nums:
            self.pre.append(self.pre[-1] + x)
        self.offset = len(self.pre) - len(nums) - 1

    def sumRange(self, left, right):
        return self.pre[right + 1] - self.pre[left]
