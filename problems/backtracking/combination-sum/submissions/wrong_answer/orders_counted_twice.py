class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        # Mistake: every level may choose any candidate, so [2, 3] and [3, 2] are both listed.
        res = []

        def dfs(path, remaining):
            if remaining == 0:
                res.append(path)
                return
            for c in candidates:
                if c <= remaining:
                    dfs(path + [c], remaining - c)

        dfs([], target)
        return res
