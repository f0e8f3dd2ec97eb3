def subsets(nums):
    result = []
    path = []

    def choose(i):
        if i == len(nums):
            result.append(path[:])
            return
        path.append(nums[i])
        choose(i + 1)
        path.pop()
        choose(i + 1)

    choose(0)
    return result
