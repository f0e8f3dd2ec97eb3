def subset_xor_sum(nums):
    # Mistake: keeps the running XOR in a shared variable and never undoes a choice,
    # so the "leave it out" branch still carries the element.
    total = 0
    acc = 0

    def dfs(i):
        nonlocal total, acc
        if i == len(nums):
            total += acc
            return
        acc ^= nums[i]
        dfs(i + 1)
        dfs(i + 1)

    dfs(0)
    return total
