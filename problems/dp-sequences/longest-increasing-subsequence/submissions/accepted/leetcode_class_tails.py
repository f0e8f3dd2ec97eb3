class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[:size] is sorted: tails[k] is the smallest possible last value of an
        # increasing subsequence of length k + 1. Each value replaces the first tail >= it.
        tails = [0] * len(nums)
        size = 0
        for x in nums:
            k = bisect_left(tails, x, 0, size)
            tails[k] = x
            if k == size:
                size += 1
        return size
