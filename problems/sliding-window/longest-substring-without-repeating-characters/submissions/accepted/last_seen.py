def length_of_longest_substring(s):
    seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        left = max(left, seen.get(ch, -1) + 1)
        seen[ch] = right
        best = max(best, right - left + 1)
    return best
