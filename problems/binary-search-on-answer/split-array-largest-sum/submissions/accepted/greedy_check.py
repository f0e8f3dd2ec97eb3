def split_array(nums, k):
    def pieces_needed(limit):
        count, running = 1, 0
        for x in nums:
            running += x
            if running > limit:
                count += 1
                running = x
        return count

    lo, hi = max(nums), sum(nums)
    while lo <= hi:
        mid = (lo + hi) // 2
        if pieces_needed(mid) <= k:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
