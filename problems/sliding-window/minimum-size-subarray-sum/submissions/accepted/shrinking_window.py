def min_sub_array_len(target, nums):
    n = len(nums)
    best = n + 1
    window = 0
    lo = 0
    for hi in range(n):
        window += nums[hi]
        while window >= target:
            if hi - lo + 1 < best:
                best = hi - lo + 1
            window -= nums[lo]
            lo += 1
    return best if best <= n else 0
