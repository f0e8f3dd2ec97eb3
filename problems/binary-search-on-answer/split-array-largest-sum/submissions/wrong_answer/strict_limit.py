class Solution:
    def splitArray(self, nums: List[int], k: int) -> int:
        # Off by one: `>=` opens a new piece when the running sum would exactly reach the limit.
        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            pieces, cur = 1, 0
            for x in nums:
                if cur + x >= mid:
                    pieces += 1
                    cur = 0
                cur += x
            if pieces <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
