def split_array(nums, k):
    lo, hi = max(nums), sum(nums)
    while lo < hi:
        cap = (lo + hi) // 2
        pieces, total = 1, 0
        for x in nums:
            if total + x > cap:
                pieces += 1
                total = 0
            total += x
        if pieces <= k:
            hi = cap
        else:
            lo = cap + 1
    return lo
