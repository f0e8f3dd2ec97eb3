def can_attend_meetings(intervals):
    # Correct but O(n^2): checks every pair of meetings for an overlap.
    n = len(intervals)
    for i in range(n):
        a, b = intervals[i]
        for j in range(i + 1, n):
            c, d = intervals[j]
            if a < d and c < b:
                return False
    return True
