def check_inclusion(s1, s2):
    m = len(s1)
    need = [0] * 26
    window = [0] * 26
    for c in s1:
        need[ord(c) - 97] += 1
    for i, c in enumerate(s2):
        window[ord(c) - 97] += 1
        if i >= m:
            window[ord(s2[i - m]) - 97] -= 1
        if window == need:
            return True
    return False
