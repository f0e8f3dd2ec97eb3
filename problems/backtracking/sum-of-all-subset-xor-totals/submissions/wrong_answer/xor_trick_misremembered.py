def subset_xor_sum(nums):
    # Mistake: misremembers the shortcut as (XOR of all elements) * 2**(n - 1); it is
    # the OR of all elements that counts.
    x = 0
    for v in nums:
        x ^= v
    return x << (len(nums) - 1)
