def ship_within_days(weights, days):
    def days_needed(capacity):
        count, load = 1, 0
        for w in weights:
            load += w
            if load > capacity:
                count += 1
                load = w
        return count

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
