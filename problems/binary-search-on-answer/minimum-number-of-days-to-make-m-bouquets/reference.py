def min_days(bloom_day, m, k):
    if m * k > len(bloom_day):
        return -1
    lo, hi = min(bloom_day), max(bloom_day)
    while lo < hi:
        day = (lo + hi) // 2
        bouquets = run = 0
        for b in bloom_day:
            if b <= day:
                run += 1
                if run == k:
                    bouquets += 1
                    run = 0
            else:
                run = 0
        if bouquets >= m:
            hi = day
        else:
            lo = day + 1
    return lo
