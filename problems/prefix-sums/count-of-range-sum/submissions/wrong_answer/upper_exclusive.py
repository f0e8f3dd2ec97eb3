class Solution:
    def countRangeSum(self, nums: List[int], lower: int, upper: int) -> int:
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        seen = []
        res = 0
        for p in prefix:
            # Mistake: sums equal to `upper` are left out (bisect_left where bisect_right is needed).
            res += bisect_left(seen, p - lower) - bisect_left(seen, p - upper)
            insort(seen, p)
        return res
