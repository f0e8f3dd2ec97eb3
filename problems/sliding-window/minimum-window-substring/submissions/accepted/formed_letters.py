def min_window(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    required = len(need)
    have = {}
    formed = 0
    best_len, best_start = float("inf"), 0
    l = 0
    for r, c in enumerate(s):
        have[c] = have.get(c, 0) + 1
        if c in need and have[c] == need[c]:
            formed += 1
        while formed == required:
            if r - l + 1 < best_len:
                best_len, best_start = r - l + 1, l
            d = s[l]
            have[d] -= 1
            if d in need and have[d] < need[d]:
                formed -= 1
            l += 1
    return "" if best_len == float("inf") else s[best_start:best_start + best_len]
