class Solution:
    def mySqrt(self, x: int) -> int:
        # Mistake: returns the nearest integer, not the root rounded down.
        lo, hi = 0, x
        while lo <= hi:
            mid = (lo + hi) // 2
            if mid * mid == x:
                return mid
            if mid * mid < x:
                lo = mid + 1
            else:
                hi = mid - 1
        # hi * hi < x < lo * lo: pick the closer one
        return lo if lo * lo - x < x - hi * hi else hi
