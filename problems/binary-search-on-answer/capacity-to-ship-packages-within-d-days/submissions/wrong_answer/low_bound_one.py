class Solution:
    def shipWithinDays(self, weights: List[int], days: int) -> int:
        # Missed edge case: searching from capacity 1, with a check that lets a package
        # heavier than the ship sail on a day of its own.
        lo, hi = 1, sum(weights)
        while lo < hi:
            mid = (lo + hi) // 2
            need, cur = 1, 0
            for w in weights:
                if cur + w > mid and cur > 0:
                    need += 1
                    cur = 0
                cur += w
            if need <= days:
                hi = mid
            else:
                lo = mid + 1
        return lo
