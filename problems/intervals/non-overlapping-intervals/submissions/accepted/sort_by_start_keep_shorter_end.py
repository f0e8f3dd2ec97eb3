def erase_overlap_intervals(intervals):
    # Sorted by start: on a clash, keep whichever of the two ends first.
    intervals = sorted(intervals)
    removed = 0
    end = intervals[0][1]
    for s, e in intervals[1:]:
        if s < end:
            removed += 1
            end = min(end, e)
        else:
            end = e
    return removed
