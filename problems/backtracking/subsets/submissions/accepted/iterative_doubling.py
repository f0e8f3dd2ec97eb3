def subsets(nums):
    # Each value doubles the list: every subset so far, again with the value. Beyond the output,
    # nothing but the one-value list being joined: O(1).
    result = [[]]
    for x in nums:
        for i in range(len(result)):
            result.append(result[i] + [x])
    return result
