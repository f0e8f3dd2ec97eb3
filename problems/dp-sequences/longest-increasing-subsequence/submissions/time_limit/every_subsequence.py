import sys


def length_of_lis(nums):
    # Correct, but tries every increasing subsequence: at each position, take the value (when
    # it is above the last one taken) or skip it, with no memory of what was already tried.
    sys.setrecursionlimit(10_000)
    n = len(nums)

    def longest(i, last):
        if i == n:
            return 0
        best = longest(i + 1, last)
        if nums[i] > last:
            best = max(best, 1 + longest(i + 1, nums[i]))
        return best

    return longest(0, float("-inf"))
