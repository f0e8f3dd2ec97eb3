def permute(nums):
    # Mistake: for each choice of the first value keeps the rest in their original order
    # (and reversed), which is far from every ordering once there are four values.
    result = []
    for i, x in enumerate(nums):
        rest = nums[:i] + nums[i + 1:]
        result.append([x] + rest)
        if len(rest) > 1:
            result.append([x] + rest[::-1])
    return result
