def insert(intervals, new_interval):
    # Mistake: takes the end of the last overlapped interval, even when the new one reaches further.
    start, end = new_interval
    i, n = 0, len(intervals)
    result = []
    while i < n and intervals[i][1] < start:
        result.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = intervals[i][1]
        i += 1
    result.append([start, end])
    result.extend(intervals[i:])
    return result
