def merge(intervals):
    intervals = sorted(intervals, key=lambda iv: iv[0])
    out = [list(intervals[0])]
    for s, e in intervals[1:]:
        last = out[-1]
        if s > last[1]:
            out.append([s, e])
        elif e > last[1]:
            last[1] = e
    return out
