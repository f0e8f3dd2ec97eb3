def subarray_sum(nums, k):
    # Correct but quadratic: extends a run from every start.
    count = 0
    n = len(nums)
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total == k:
                count += 1
    return count
