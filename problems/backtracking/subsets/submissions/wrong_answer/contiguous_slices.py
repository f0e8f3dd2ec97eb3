def subsets(nums):
    # Mistake: lists the contiguous slices nums[i:j] (subarrays), which misses subsets
    # that skip an element, such as the first and the last.
    result = [[]]
    for i in range(len(nums)):
        for j in range(i + 1, len(nums) + 1):
            result.append(nums[i:j])
    return result
