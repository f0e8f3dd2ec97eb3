import heapq


def min_meeting_rooms(intervals):
    # Mistake: compares the new meeting with the room that frees up last (max end),
    # instead of the one that frees up first.
    busy = []
    for start, end in sorted(intervals):
        if busy and max(busy) <= start:
            busy.remove(max(busy))
        heapq.heappush(busy, end)
    return len(busy)
