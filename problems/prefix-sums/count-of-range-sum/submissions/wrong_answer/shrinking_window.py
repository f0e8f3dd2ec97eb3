def count_range_sum(nums, lower, upper):
    # Wrong tool: a sliding window assumes sums grow as the window grows, which fails with
    # negative values.
    count = 0
    left = 0
    total = 0
    for right, x in enumerate(nums):
        total += x
        while total > upper and left <= right:
            total -= nums[left]
            left += 1
        window = total
        for k in range(left, right + 1):
            if lower <= window <= upper:
                count += 1
            window -= nums[k]
    return count
