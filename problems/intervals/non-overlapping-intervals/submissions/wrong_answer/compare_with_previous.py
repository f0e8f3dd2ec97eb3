def erase_overlap_intervals(intervals):
    # Mistake: compares each interval with the previous one in sorted order rather
    # than with the last one kept, so a removed interval still blocks the next.
    intervals = sorted(intervals, key=lambda iv: iv[1])
    removed = 0
    for i in range(1, len(intervals)):
        if intervals[i][0] < intervals[i - 1][1]:
            removed += 1
    return removed
