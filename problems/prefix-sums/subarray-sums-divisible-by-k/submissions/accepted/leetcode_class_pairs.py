class Solution:
    def subarraysDivByK(self, nums: List[int], k: int) -> int:
        # Count every remainder class of the running totals, then choose 2 from each.
        freq = Counter([0])
        s = 0
        for n in nums:
            s = (s + n) % k
            freq[s] += 1
        return sum(c * (c - 1) // 2 for c in freq.values())
