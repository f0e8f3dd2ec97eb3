"""LeetCode 76's guarantee: the answer is unique (no two shortest windows of s cover t)."""

from collections import Counter


def check(args):
    s, t = args
    need, missing = Counter(t), len(t)
    shortest, starts, left = None, 0, 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        while missing == 0:  # s[left:right + 1] covers t: shrink it from the left
            size = right - left + 1
            if shortest is None or size < shortest:
                shortest, starts = size, 1
            elif size == shortest:
                starts += 1
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    if starts > 1:
        return f"s: {starts} windows of the shortest length {shortest} cover t, so the answer is not unique"
    return None
