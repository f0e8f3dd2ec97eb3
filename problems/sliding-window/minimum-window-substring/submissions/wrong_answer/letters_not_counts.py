class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Mistake: treats t as a set of letters, so repeated letters in t are under-counted.
        need = set(t)
        have = Counter()
        formed = 0
        best = ""
        l = 0
        for r, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] == 1:
                formed += 1
            while formed == len(need):
                if not best or r - l + 1 < len(best):
                    best = s[l:r + 1]
                have[s[l]] -= 1
                if s[l] in need and have[s[l]] == 0:
                    formed -= 1
                l += 1
        return best
