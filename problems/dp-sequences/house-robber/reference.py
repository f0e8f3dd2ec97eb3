def rob(nums):
    taken, skipped = 0, 0  # best totals so far with the last house taken / not taken
    for money in nums:
        taken, skipped = skipped + money, max(taken, skipped)
    return max(taken, skipped)
