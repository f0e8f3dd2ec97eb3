class Solution:
    def subarraysDivByK(self, nums: List[int], k: int) -> int:
        seen = {0: 1}
        total = res = 0
        for n in nums:
            total += n
            # Mistake: abs() puts -1 and 1 in the same class, though they differ modulo k.
            r = abs(total) % k
            res += seen.get(r, 0)
            seen[r] = seen.get(r, 0) + 1
        return res
