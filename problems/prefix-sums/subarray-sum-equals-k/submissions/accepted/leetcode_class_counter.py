class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        prefix = Counter({0: 1})
        cur = res = 0
        for n in nums:
            cur += n
            res += prefix[cur - k]
            prefix[cur] += 1
        return res
