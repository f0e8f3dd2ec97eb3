"""LeetCode 347's guarantees: k is at most the number of distinct values, and the k most frequent are one set."""

from collections import Counter


def check(args):
    nums, k = args
    counts = sorted(Counter(nums).values(), reverse=True)
    if k > len(counts):
        return f"k: {k} is above the number of distinct values ({len(counts)})"
    if k < len(counts) and counts[k - 1] == counts[k]:
        return (f"nums: the {k}th and {k + 1}th most frequent values both occur {counts[k]} times, "
                "so the answer is not unique")
    return None
