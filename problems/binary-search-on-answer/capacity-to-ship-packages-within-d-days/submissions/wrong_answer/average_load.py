def ship_within_days(weights, days):
    # Wrong greedy: the average daily load (or the heaviest package) ignores that packages cannot be split.
    return max(max(weights), -(-sum(weights) // days))
