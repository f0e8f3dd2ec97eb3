def permute(nums):
    result = []

    def arrange(prefix, rest):
        if not rest:
            result.append(prefix)
        for i in range(len(rest)):
            arrange(prefix + [rest[i]], rest[:i] + rest[i + 1:])

    arrange([], nums)
    return result
