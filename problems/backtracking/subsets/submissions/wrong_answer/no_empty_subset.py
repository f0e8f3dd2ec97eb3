class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Mistake: records a subset only after adding an element, so the empty subset is missing.
        res = []

        def dfs(start, cur):
            for i in range(start, len(nums)):
                cur.append(nums[i])
                res.append(cur[:])
                dfs(i + 1, cur)
                cur.pop()

        dfs(0, [])
        return res
