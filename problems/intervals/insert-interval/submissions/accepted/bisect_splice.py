from bisect import bisect_left, bisect_right


def insert(intervals, new_interval):
    # Binary-search the first interval ending at or after the new start and the
    # first one starting after the new end; everything between them merges.
    s, e = new_interval
    ends = [iv[1] for iv in intervals]
    starts = [iv[0] for iv in intervals]
    lo = bisect_left(ends, s)
    hi = bisect_right(starts, e)
    if lo < hi:
        s = min(s, intervals[lo][0])
        e = max(e, intervals[hi - 1][1])
    return intervals[:lo] + [[s, e]] + intervals[hi:]
