def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if s == 0:
                res.append([nums[i], nums[l], nums[r]])
                # Mistake: moves past the match without skipping equal values, so the
                # same pair is found again, e.g. [-2, 0, 0, 2, 2] gives [-2, 0, 2] twice.
                l += 1
                r -= 1
            elif s < 0:
                l += 1
            else:
                r -= 1
    return res
