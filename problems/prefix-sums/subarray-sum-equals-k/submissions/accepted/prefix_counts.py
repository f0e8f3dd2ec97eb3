from collections import defaultdict


def subarray_sum(nums, k):
    counts = defaultdict(int)
    counts[0] = 1
    running = 0
    answer = 0
    for x in nums:
        running += x
        answer += counts[running - k]
        counts[running] += 1
    return answer
