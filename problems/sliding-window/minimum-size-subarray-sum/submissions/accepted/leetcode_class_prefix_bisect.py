class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        # O(n log n): prefix sums are increasing, so binary-search the end of each run.
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        ans = float("inf")
        for i in range(len(nums)):
            j = bisect_left(prefix, prefix[i] + target)
            if j <= len(nums):
                ans = min(ans, j - i)
        return 0 if ans == float("inf") else ans
