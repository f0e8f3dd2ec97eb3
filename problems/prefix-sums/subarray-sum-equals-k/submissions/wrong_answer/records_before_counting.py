def subarray_sum(nums, k):
    seen = {0: 1}
    total = count = 0
    for x in nums:
        total += x
        # Mistake: records the current total first, so with k == 0 the empty run is counted too.
        seen[total] = seen.get(total, 0) + 1
        count += seen.get(total - k, 0)
    return count
