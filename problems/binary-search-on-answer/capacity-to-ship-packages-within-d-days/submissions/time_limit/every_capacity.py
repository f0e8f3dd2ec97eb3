def ship_within_days(weights, days):
    # Correct but O(n * (answer - max)): tries capacities upward from the heaviest package.
    cap = max(weights)
    while True:
        need, load = 1, 0
        for w in weights:
            if load + w > cap:
                need += 1
                load = 0
            load += w
        if need <= days:
            return cap
        cap += 1
