class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        if len(s1) > len(s2):
            return False
        c1, c2 = [0] * 26, [0] * 26
        for i in range(len(s1)):
            c1[ord(s1[i]) - ord("a")] += 1
            c2[ord(s2[i]) - ord("a")] += 1
        matches = sum(c1[i] == c2[i] for i in range(26))
        l = 0
        for r in range(len(s1), len(s2)):
            if matches == 26:
                return True
            k = ord(s2[r]) - ord("a")
            c2[k] += 1
            if c1[k] == c2[k]:
                matches += 1
            elif c1[k] + 1 == c2[k]:
                matches -= 1
            k = ord(s2[l]) - ord("a")
            c2[k] -= 1
            if c1[k] == c2[k]:
                matches += 1
            elif c1[k] - 1 == c2[k]:
                matches -= 1
            l += 1
        return matches == 26
