def subsets(nums):
    result = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]  # every subset so far, without x and with x
    return result
