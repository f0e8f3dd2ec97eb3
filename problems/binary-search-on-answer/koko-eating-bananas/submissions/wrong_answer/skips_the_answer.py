def min_eating_speed(piles, h):
    # Off by one: `hi = mid - 1` on success can step past the answer, and `lo` is returned unchecked.
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
