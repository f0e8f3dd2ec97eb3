def sum_subarray_mins(arr):
    # Mistake: strict on both sides, so a subarray whose minimum appears twice is counted for both copies.
    mod = 10**9 + 7
    n = len(arr)
    total = 0
    stack = []
    left = [0] * n
    for i in range(n):
        while stack and arr[stack[-1]] >= arr[i]:
            stack.pop()
        left[i] = i - (stack[-1] if stack else -1)
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and arr[stack[-1]] >= arr[i]:
            stack.pop()
        right = (stack[-1] if stack else n) - i
        total += arr[i] * left[i] * right
        stack.append(i)
    return total % mod
