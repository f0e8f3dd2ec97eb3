def min_sub_array_len(target, nums):
    # Missed edge case: when no run reaches the target this returns len(nums), not 0.
    best = len(nums)
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best
