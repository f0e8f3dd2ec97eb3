class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Mistake: swaps a value into place but never swaps it back, so later branches
        # start from a scrambled list and some orderings repeat while others never appear.
        res = []

        def backtrack(first):
            if first == len(nums):
                res.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                backtrack(first + 1)

        backtrack(0)
        return res
