class Solution:
    def subsetXORSum(self, nums: List[int]) -> int:
        total = 0
        for k in range(len(nums) + 1):
            for combo in combinations(nums, k):
                x = 0
                for v in combo:
                    x ^= v
                total += x
        return total
