def min_days(bloom_day, m, k):
    # Binary search over the distinct bloom days themselves.
    if m * k > len(bloom_day):
        return -1

    def bouquets(day):
        made = run = 0
        for b in bloom_day:
            run = run + 1 if b <= day else 0
            if run == k:
                made += 1
                run = 0
        return made

    days = sorted(set(bloom_day))
    lo, hi = 0, len(days) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if bouquets(days[mid]) >= m:
            hi = mid
        else:
            lo = mid + 1
    return days[lo]
