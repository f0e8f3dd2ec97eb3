def insert(intervals, new_interval):
    # Mistake: the new interval is only written out when a later interval is found,
    # so it disappears when it belongs at the very end (or the list is empty).
    s, e = new_interval
    out = []
    placed = False
    for a, b in intervals:
        if b < s:
            out.append([a, b])
        elif e < a:
            if not placed:
                out.append([s, e])
                placed = True
            out.append([a, b])
        else:
            s, e = min(s, a), max(e, b)
    return out
