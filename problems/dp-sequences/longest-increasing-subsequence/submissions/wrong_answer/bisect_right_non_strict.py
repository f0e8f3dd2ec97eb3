def length_of_lis(nums):
    # Mistake: bisect_right lets an equal value extend the sequence, so this finds the
    # longest non-decreasing subsequence instead of a strictly increasing one.
    tails = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
