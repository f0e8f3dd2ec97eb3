from collections import defaultdict


def subarrays_div_by_k(nums, k):
    seen = defaultdict(int)
    seen[0] = 1
    running = 0
    count = 0
    for x in nums:
        running += x
        r = running % k
        count += seen[r]
        seen[r] += 1
    return count
