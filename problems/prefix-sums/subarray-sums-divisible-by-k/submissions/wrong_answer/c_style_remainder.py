import math


def subarrays_div_by_k(nums, k):
    counts = {0: 1}
    total = result = 0
    for x in nums:
        total += x
        # Mistake: a remainder with the sign of the total (as % gives in C or Java), so -1 and
        # k - 1 land in different classes.
        r = int(math.fmod(total, k))
        result += counts.get(r, 0)
        counts[r] = counts.get(r, 0) + 1
    return result
