def k_closest(points, k):
    # Correct but O(n k): picks the closest remaining point k times, one scan each.
    remaining = list(points)
    out = []
    for _ in range(k):
        best = min(range(len(remaining)), key=lambda i: remaining[i][0] ** 2 + remaining[i][1] ** 2)
        out.append(remaining.pop(best))
    return out
