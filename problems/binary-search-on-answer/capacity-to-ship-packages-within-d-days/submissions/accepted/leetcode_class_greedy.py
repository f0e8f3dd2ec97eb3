class Solution:
    def shipWithinDays(self, weights: List[int], days: int) -> int:
        def canShip(capacity: int) -> bool:
            d, cur = 1, 0
            for w in weights:
                if cur + w > capacity:
                    d += 1
                    cur = 0
                    if d > days:
                        return False
                cur += w
            return True

        left, right = max(weights), sum(weights)
        while left < right:
            mid = left + (right - left) // 2
            if canShip(mid):
                right = mid
            else:
                left = mid + 1
        return left
