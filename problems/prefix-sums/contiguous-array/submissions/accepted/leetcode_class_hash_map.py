class Solution:
    def findMaxLength(self, nums: List[int]) -> int:
        seen = {0: -1}
        count = 0
        res = 0
        for i, n in enumerate(nums):
            count += 1 if n == 1 else -1
            if count in seen:
                res = max(res, i - seen[count])
            else:
                seen[count] = i
        return res
