class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Mistake: returns the two values instead of their positions.
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            s = numbers[lo] + numbers[hi]
            if s == target:
                return [numbers[lo], numbers[hi]]
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
