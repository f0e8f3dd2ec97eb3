def permute(nums):
    # Mistake: never marks a value as used, so it builds every sequence of n values
    # (with repeats) instead of the orderings.
    result = []

    def build(path):
        if len(path) == len(nums):
            result.append(path)
            return
        for x in nums:
            build(path + [x])

    build([])
    return result
