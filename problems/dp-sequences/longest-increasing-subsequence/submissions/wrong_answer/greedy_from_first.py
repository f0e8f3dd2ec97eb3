def length_of_lis(nums):
    # Mistake: greedily keeps every value above the last one kept, starting from nums[0];
    # a large early value blocks the real answer.
    last, length = nums[0], 1
    for x in nums[1:]:
        if x > last:
            last = x
            length += 1
    return length
