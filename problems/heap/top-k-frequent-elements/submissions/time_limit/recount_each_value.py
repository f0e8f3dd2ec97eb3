def top_k_frequent(nums, k):
    # Correct but O(n * distinct): counts every distinct value with its own scan of the list.
    return sorted(set(nums), key=nums.count, reverse=True)[:k]
