def erase_overlap_intervals(intervals):
    # Wrong greedy: sorted by start, it always keeps the interval it met first,
    # even when that one runs long and blocks several later ones.
    intervals = sorted(intervals)
    removed = 0
    end = intervals[0][1]
    for s, e in intervals[1:]:
        if s < end:
            removed += 1
        else:
            end = e
    return removed
