def min_sub_array_len(target, nums):
    best = float("inf")
    total = left = 0
    for right, x in enumerate(nums):
        total += x
        # Mistake: `if` instead of `while` drops at most one number per step, so the
        # window can never become shorter than it already was.
        if total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return 0 if best == float("inf") else best
