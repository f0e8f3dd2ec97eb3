class Solution:
    def subsetXORSum(self, nums: List[int]) -> int:
        # Mistake: only XORs contiguous runs nums[i..j] (subarrays), not every subset.
        total = 0
        for i in range(len(nums)):
            x = 0
            for j in range(i, len(nums)):
                x ^= nums[j]
                total += x
        return total
