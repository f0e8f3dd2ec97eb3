import heapq


def min_meeting_rooms(intervals):
    # Rooms in use, keyed by the time they free up; reuse the earliest-free room when possible.
    busy = []
    for start, end in sorted(intervals):
        if busy and busy[0] <= start:
            heapq.heapreplace(busy, end)
        else:
            heapq.heappush(busy, end)
    return len(busy)
