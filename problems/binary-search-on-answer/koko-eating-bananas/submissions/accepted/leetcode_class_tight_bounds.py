class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # The speed is at least the average rate, ceil(sum / h); at most the largest pile.
        left = max(1, (sum(piles) + h - 1) // h)
        right = max(piles)
        while left < right:
            mid = left + (right - left) // 2
            if sum(math.ceil(p / mid) for p in piles) <= h:
                right = mid
            else:
                left = mid + 1
        return left
