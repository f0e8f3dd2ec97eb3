class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        # Wrong greedy: the average rate ignores that an hour cannot be split between piles.
        return max(1, -(-sum(piles) // h))
