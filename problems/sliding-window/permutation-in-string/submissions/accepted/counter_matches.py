from collections import Counter


def check_inclusion(s1, s2):
    m, n = len(s1), len(s2)
    if m > n:
        return False
    need = Counter(s1)
    window = Counter(s2[:m])
    if window == need:
        return True
    for i in range(m, n):
        window[s2[i]] += 1
        out = s2[i - m]
        window[out] -= 1
        if window[out] == 0:
            del window[out]
        if window == need:
            return True
    return False
