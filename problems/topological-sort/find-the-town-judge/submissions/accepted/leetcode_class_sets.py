class Solution:
    def findJudge(self, n: int, trust: List[List[int]]) -> int:
        trusters = set(a for a, _ in trust)
        count = Counter(b for _, b in trust)
        for person in range(1, n + 1):
            if person not in trusters and count[person] == n - 1:
                return person
        return -1
