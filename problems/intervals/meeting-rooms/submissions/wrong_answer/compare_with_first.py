def can_attend_meetings(intervals):
    # Mistake: keeps the end of the first meeting instead of the latest one.
    if not intervals:
        return True
    intervals = sorted(intervals)
    first_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < first_end:
            return False
    return True
