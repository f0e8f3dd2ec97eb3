def sum_subarray_mins(arr):
    # Off by one: the left span stops one short when no smaller value exists on the left.
    mod = 10**9 + 7
    total = 0
    stack = []
    A = arr + [0]
    for i, x in enumerate(A):
        while stack and A[stack[-1]] >= x:
            j = stack.pop()
            k = stack[-1] if stack else 0
            total += A[j] * (i - j) * (j - k)
        stack.append(i)
    return total % mod
