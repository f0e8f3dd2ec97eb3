def check_inclusion(s1, s2):
    m = len(s1)
    need, window = [0] * 26, [0] * 26
    for c in s1:
        need[ord(c) - 97] += 1
    present = [k > 0 for k in need]
    for i, c in enumerate(s2):
        window[ord(c) - 97] += 1
        if i >= m:
            window[ord(s2[i - m]) - 97] -= 1
        # Mistake: compares which letters occur, not how often.
        if i >= m - 1 and [k > 0 for k in window] == present:
            return True
    return False
