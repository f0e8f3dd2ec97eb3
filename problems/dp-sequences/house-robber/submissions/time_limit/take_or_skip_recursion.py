def rob(nums):
    # Correct but exponential: recurses on both choices and never remembers a result.
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
