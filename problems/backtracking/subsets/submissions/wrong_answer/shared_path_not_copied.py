def subsets(nums):
    # Mistake: appends the shared path list itself instead of a copy, so every entry of
    # the result is the same list, which is empty once the search has finished.
    result = []
    path = []

    def choose(i):
        if i == len(nums):
            result.append(path)
            return
        path.append(nums[i])
        choose(i + 1)
        path.pop()
        choose(i + 1)

    choose(0)
    return result
