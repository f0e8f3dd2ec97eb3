def merge(intervals):
    # Correct but O(n * k): each interval is compared with every block found so far
    # (k blocks), absorbing all the blocks it touches; no sorting.
    blocks = []
    for s, e in intervals:
        kept = []
        for b in blocks:
            if b[1] < s or e < b[0]:
                kept.append(b)
            else:
                s, e = min(s, b[0]), max(e, b[1])
        kept.append([s, e])
        blocks = kept
    return blocks
