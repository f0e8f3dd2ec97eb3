def product_except_self(nums):
    n = len(nums)
    prefix = [1] * (n + 1)
    suffix = [1] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] * nums[i]
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * nums[i]
    return [prefix[i] * suffix[i + 1] for i in range(n)]
