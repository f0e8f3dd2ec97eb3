def min_meeting_rooms(intervals):
    # Mistake: `<=` makes a meeting that starts exactly when another ends take a new room.
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    rooms = j = 0
    for s in starts:
        if s <= ends[j]:
            rooms += 1
        else:
            j += 1
    return rooms
