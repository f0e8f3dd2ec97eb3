def count_range_sum(nums, lower, upper):
    # Correct but quadratic: the sum of every run.
    count = 0
    n = len(nums)
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if lower <= total <= upper:
                count += 1
    return count
