"""LeetCode 496's guarantee: nums1 is drawn from nums2."""


def check(args):
    nums1, nums2 = args
    present = set(nums2)
    for i, x in enumerate(nums1):
        if x not in present:
            return f"nums1[{i}]: {x} does not occur in nums2"
    return None
