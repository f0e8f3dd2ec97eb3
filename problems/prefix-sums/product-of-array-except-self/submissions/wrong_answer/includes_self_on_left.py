def product_except_self(nums):
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        # Off-by-one: multiplies nums[i] into the left product before storing it.
        left *= nums[i]
        answer[i] = left
    right = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= right
        right *= nums[i]
    return answer
