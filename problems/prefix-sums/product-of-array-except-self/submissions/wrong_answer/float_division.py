class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        # Mistake: `/` returns floats, and the answer must hold ints.
        zeros = nums.count(0)
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        out = []
        for x in nums:
            if zeros > 1:
                out.append(0)
            elif zeros == 1:
                out.append(total if x == 0 else 0)
            else:
                out.append(total / x)
        return out
