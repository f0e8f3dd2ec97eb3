def min_meeting_rooms(intervals):
    starts = sorted(start for start, _ in intervals)
    ends = sorted(end for _, end in intervals)
    rooms = 0
    ended = 0
    for start in starts:
        if start < ends[ended]:
            rooms += 1
        else:
            ended += 1
    return rooms
