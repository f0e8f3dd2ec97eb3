def min_days(bloom_day, m, k):
    # Mistake: a closed flower does not reset the run, so bouquets skip over gaps.
    if m * k > len(bloom_day):
        return -1
    lo, hi = min(bloom_day), max(bloom_day)
    while lo < hi:
        day = (lo + hi) // 2
        made = run = 0
        for b in bloom_day:
            if b <= day:
                run += 1
                if run == k:
                    made += 1
                    run = 0
        if made >= m:
            hi = day
        else:
            lo = day + 1
    return lo
