import random


def find_kth_largest(nums, k):
    while True:
        pivot = random.choice(nums)
        bigger = [x for x in nums if x > pivot]
        if k <= len(bigger):
            nums = bigger
            continue
        k -= len(bigger) + nums.count(pivot)
        if k <= 0:
            return pivot
        nums = [x for x in nums if x < pivot]
