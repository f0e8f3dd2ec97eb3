from collections import Counter


def top_k_frequent(nums, k):
    buckets = [[] for _ in nums]  # buckets[c - 1]: the values that occur c times
    for value, count in Counter(nums).items():
        buckets[count - 1].append(value)
    answer = []
    for bucket in reversed(buckets):
        answer += bucket
        if len(answer) >= k:
            return answer
