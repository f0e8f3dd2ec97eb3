class NumArray:
    def __init__(self, nums: List[int]):
        self.pre = [0]
        for x in nums:
            self.pre.append(self.pre[-1] + x)

    def sumRange(self, left: int, right: int) -> int:
        # Off-by-one: treats `right` as exclusive, so nums[right] is left out.
        return self.pre[right] - self.pre[left]
