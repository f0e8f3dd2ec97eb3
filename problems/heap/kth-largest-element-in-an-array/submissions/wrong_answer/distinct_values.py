import heapq


def find_kth_largest(nums, k):
    # Mistake: drops repeated values, so it answers the k-th largest *distinct* value.
    distinct = list(set(nums))
    return heapq.nlargest(min(k, len(distinct)), distinct)[-1]
