class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = float("inf")
        total = left = 0
        for right in range(len(nums)):
            total += nums[right]
            # Mistake: a run whose sum equals the target should count.
            while total > target:
                best = min(best, right - left + 1)
                total -= nums[left]
                left += 1
        return 0 if best == float("inf") else best
