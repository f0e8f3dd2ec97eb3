from bisect import bisect_left


def length_of_lis(nums):
    # tails[k] is the smallest value that ends a strictly increasing subsequence of length k + 1.
    tails = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
