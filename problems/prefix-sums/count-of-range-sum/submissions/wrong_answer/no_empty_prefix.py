from bisect import bisect_left, bisect_right, insort


def count_range_sum(nums, lower, upper):
    # Missed edge case: the running total before the first element (0) is never stored,
    # so runs that start at index 0 are not counted.
    seen = []
    total = 0
    count = 0
    for x in nums:
        total += x
        count += bisect_right(seen, total - lower) - bisect_left(seen, total - upper)
        insort(seen, total)
    return count
