def merge(intervals):
    # Mistake: takes the new interval's end even when it lies inside the current block.
    intervals.sort()
    res = [intervals[0]]
    for s, e in intervals[1:]:
        if s <= res[-1][1]:
            res[-1][1] = e
        else:
            res.append([s, e])
    return res
