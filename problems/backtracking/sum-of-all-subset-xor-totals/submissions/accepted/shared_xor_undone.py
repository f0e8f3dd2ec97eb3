def subset_xor_sum(nums):
    total = 0
    acc = 0

    def dfs(i):
        nonlocal total, acc
        if i == len(nums):
            total += acc
            return
        acc ^= nums[i]
        dfs(i + 1)
        acc ^= nums[i]  # undo the choice
        dfs(i + 1)

    dfs(0)
    return total
