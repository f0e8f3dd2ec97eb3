def product_except_self(nums):
    # Correct but quadratic: multiplies all the other elements for every position.
    n = len(nums)
    out = []
    for i in range(n):
        p = 1
        for j in range(n):
            if j != i:
                p *= nums[j]
        out.append(p)
    return out
