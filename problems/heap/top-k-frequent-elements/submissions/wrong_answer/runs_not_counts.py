class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Mistake: groupby without sorting counts runs of adjacent equal values, not occurrences.
        best = {}
        for value, run in groupby(nums):
            best[value] = max(best.get(value, 0), len(list(run)))
        return sorted(best, key=best.get, reverse=True)[:k]
