class Solution:
    def splitArray(self, nums: List[int], k: int) -> int:
        # With prefix sums, each piece's end is one bisect away: a check costs O(k log n).
        prefix = list(accumulate(nums, initial=0))
        n = len(nums)

        def feasible(limit: int) -> bool:
            start = 0
            for _ in range(k):
                start = bisect_right(prefix, prefix[start] + limit) - 1
                if start == n:
                    return True
            return False

        left, right = max(nums), prefix[-1]
        while left < right:
            mid = (left + right) // 2
            if feasible(mid):
                right = mid
            else:
                left = mid + 1
        return left
