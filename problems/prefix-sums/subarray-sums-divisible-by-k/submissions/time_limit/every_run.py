def subarrays_div_by_k(nums, k):
    # Correct but quadratic: the sum of every run.
    count = 0
    n = len(nums)
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total % k == 0:
                count += 1
    return count
