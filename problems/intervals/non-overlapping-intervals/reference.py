def erase_overlap_intervals(intervals):
    removed = 0
    kept_end = float("-inf")
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= kept_end:
            kept_end = end
        else:
            removed += 1
    return removed
