def subarrays_div_by_k(nums, k):
    counts = [0] * k
    counts[0] = 1
    total = result = 0
    for x in nums:
        total = (total + x) % k
        result += counts[total]
        counts[total] += 1
    return result
