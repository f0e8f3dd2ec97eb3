from collections import Counter


def top_k_frequent(nums, k):
    # Mistake: returns the k largest counts instead of the values that have them.
    return [count for _, count in Counter(nums).most_common(k)]
