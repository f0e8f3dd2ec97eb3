class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # O(n log n): for each left index, binary-search its partner to the right.
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x, i + 1)
            if j < len(numbers) and numbers[j] == target - x:
                return [i + 1, j + 1]
        return []
