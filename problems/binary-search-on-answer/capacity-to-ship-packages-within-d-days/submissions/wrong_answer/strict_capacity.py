def ship_within_days(weights, days):
    # Off by one: `>=` starts a new day when a load would exactly fill the ship.
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        cap = (lo + hi) // 2
        need, load = 1, 0
        for w in weights:
            if load + w >= cap:
                need += 1
                load = 0
            load += w
        if need <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
