def merge(intervals):
    # Mistake: `<` instead of `<=`, so [1, 4] and [4, 7] are not merged.
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
