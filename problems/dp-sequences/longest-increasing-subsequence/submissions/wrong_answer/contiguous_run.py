def length_of_lis(nums):
    # Mistake: measures the longest increasing run of neighbours (a subarray),
    # not a subsequence that may skip elements.
    best = run = 1
    for a, b in zip(nums, nums[1:]):
        run = run + 1 if b > a else 1
        best = max(best, run)
    return best
