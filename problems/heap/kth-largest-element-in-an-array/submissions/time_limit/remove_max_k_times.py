def find_kth_largest(nums, k):
    # Correct but O(n k): removes the maximum k - 1 times, one scan each.
    nums = list(nums)
    for _ in range(k - 1):
        nums.remove(max(nums))
    return max(nums)
