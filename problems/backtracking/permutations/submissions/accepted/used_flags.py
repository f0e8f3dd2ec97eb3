def permute(nums):
    result, path = [], []
    used = [False] * len(nums)

    def place():
        if len(path) == len(nums):
            result.append(path[:])
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(x)
                place()
                path.pop()
                used[i] = False

    place()
    return result
