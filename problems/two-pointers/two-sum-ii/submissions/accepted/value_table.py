class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        # Leans on LeetCode's value range (-1000..1000): a table indexed by value + 1000 keeps
        # the first position of each value, so the partner is one lookup away.
        first = [0] * 2001  # 1-based position of the first occurrence, 0 when absent
        for j, x in enumerate(numbers, 1):
            want = target - x
            if -1000 <= want <= 1000 and first[want + 1000]:
                return [first[want + 1000], j]
            if not first[x + 1000]:
                first[x + 1000] = j
        return []
