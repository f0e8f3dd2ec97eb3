"""Worst-case inputs for the complexity report.

nums2 zigzags between falling peaks and rising troughs, so the stack both
grows and empties all the way through, and a scan to the right from every
value walks far; nums1 asks about every value of nums2.
"""


def zigzag(sizes, rng):
    m = max(sizes["m"], 2)
    nums2 = [v for k in range((m + 1) // 2) for v in (10 * m - 2 * k, 2 * k + 1)][:m]
    nums1 = rng.sample(nums2, m)
    return [nums1, nums2]
