def min_meeting_rooms(intervals):
    # Correct but O(n^2): the peak is reached at some start time; count the meetings running at each.
    best = 0
    for s, _ in intervals:
        running = 0
        for a, b in intervals:
            if a <= s < b:
                running += 1
        best = max(best, running)
    return best
