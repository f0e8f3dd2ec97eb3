def three_sum(nums):
    nums = sorted(nums)
    triplets = []
    for i, a in enumerate(nums):
        if i > 0 and a == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            total = a + nums[lo] + nums[hi]
            if total < 0 or (lo > i + 1 and nums[lo] == nums[lo - 1]):
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([a, nums[lo], nums[hi]])
                lo += 1
    return triplets
