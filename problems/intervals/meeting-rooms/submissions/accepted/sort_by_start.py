def can_attend_meetings(intervals):
    last_end = -1
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if start < last_end:
            return False
        last_end = end
    return True
