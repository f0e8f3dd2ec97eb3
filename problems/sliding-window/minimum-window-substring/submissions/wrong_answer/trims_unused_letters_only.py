from collections import Counter


def min_window(s, t):
    need = Counter(t)
    used = set(t)
    missing = len(t)
    best = None
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            # Mistake: the left edge only skips letters t does not use; surplus copies of letters
            # t does use are never dropped, so "aab" with t = "ab" gives "aab".
            while s[left] not in used:
                left += 1
            if best is None or right - left < best[1] - best[0]:
                best = (left, right)
    return "" if best is None else s[best[0]:best[1] + 1]
