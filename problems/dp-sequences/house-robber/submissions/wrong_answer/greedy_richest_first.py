def rob(nums):
    # Mistake: greedily takes the richest house still allowed, then blocks its neighbours.
    blocked = [False] * len(nums)
    total = 0
    for i in sorted(range(len(nums)), key=lambda k: -nums[k]):
        if not blocked[i]:
            total += nums[i]
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(nums):
                    blocked[j] = True
    return total
