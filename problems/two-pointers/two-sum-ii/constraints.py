"""LeetCode 167's guarantee: exactly one pair of positions adds up to target."""

from collections import Counter


def check(args):
    numbers, target = args
    counts = Counter(numbers)
    pairs = sum(counts[x] * counts[target - x] for x in counts if x < target - x)
    if target % 2 == 0:
        pairs += counts[target // 2] * (counts[target // 2] - 1) // 2
    if pairs != 1:
        return f"numbers: {pairs} pairs of positions add up to {target}; LeetCode promises exactly one"
    return None
