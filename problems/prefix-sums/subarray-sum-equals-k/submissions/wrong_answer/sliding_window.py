class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        # Wrong tool: a shrinking window assumes every value is positive.
        count = left = total = 0
        for right, x in enumerate(nums):
            total += x
            while total > k and left <= right:
                total -= nums[left]
                left += 1
            if total == k and left <= right:
                count += 1
        return count
