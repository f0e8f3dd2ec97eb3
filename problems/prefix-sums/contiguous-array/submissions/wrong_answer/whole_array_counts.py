class Solution:
    def findMaxLength(self, nums: List[int]) -> int:
        # Mistake: pairs up zeros and ones anywhere in the list, ignoring that the run must be contiguous.
        return 2 * min(nums.count(0), nums.count(1))
