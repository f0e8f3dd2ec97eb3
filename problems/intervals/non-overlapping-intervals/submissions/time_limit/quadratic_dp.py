def erase_overlap_intervals(intervals):
    # Correct but O(n^2): longest chain of compatible intervals by dynamic programming.
    intervals = sorted(intervals, key=lambda iv: iv[1])
    n = len(intervals)
    best = [1] * n
    for i in range(n):
        s = intervals[i][0]
        for j in range(i):
            if intervals[j][1] <= s and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best)
