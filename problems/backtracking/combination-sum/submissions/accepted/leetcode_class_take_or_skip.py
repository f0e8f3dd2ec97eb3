class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res = []

        def go(i: int, cur: List[int], total: int) -> None:
            if total == target:
                res.append(cur.copy())
                return
            if i == len(candidates) or total > target:
                return
            cur.append(candidates[i])
            go(i, cur, total + candidates[i])  # use candidates[i] (again)
            cur.pop()
            go(i + 1, cur, total)  # never use it again

        go(0, [], 0)
        return res
