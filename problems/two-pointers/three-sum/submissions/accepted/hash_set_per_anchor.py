def three_sum(nums):
    # For each anchor value, a two-sum with a set over the rest; a set of sorted tuples removes repeats.
    nums = sorted(nums)
    found = set()
    for i in range(len(nums)):
        if i and nums[i] == nums[i - 1]:
            continue
        seen = set()
        for x in nums[i + 1:]:
            if -nums[i] - x in seen:
                found.add((nums[i], -nums[i] - x, x))
            seen.add(x)
    return [list(t) for t in found]
