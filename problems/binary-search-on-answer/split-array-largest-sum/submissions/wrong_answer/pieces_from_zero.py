def split_array(nums, k):
    # Off by one: counts cuts instead of pieces, so it allows k + 1 pieces.
    lo, hi = max(nums), sum(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        cuts, cur = 0, 0
        for x in nums:
            if cur + x > mid:
                cuts += 1
                cur = 0
            cur += x
        if cuts <= k:
            hi = mid
        else:
            lo = mid + 1
    return lo
