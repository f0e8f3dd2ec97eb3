def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        # Mistake: skips an anchor whose *next* value is equal, which loses triplets
        # that need both copies, such as [-1, -1, 2].
        if nums[i] == nums[i + 1]:
            continue
        l, r = i + 1, len(nums) - 1
        while l < r:
            s = nums[i] + nums[l] + nums[r]
            if s == 0:
                res.append([nums[i], nums[l], nums[r]])
                l += 1
                while l < r and nums[l] == nums[l - 1]:
                    l += 1
            elif s < 0:
                l += 1
            else:
                r -= 1
    return res
