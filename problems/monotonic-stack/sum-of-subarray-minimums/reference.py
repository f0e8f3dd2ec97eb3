def sum_subarray_mins(arr):
    ending = []
    stack = []
    for i, x in enumerate(arr):
        while stack and arr[stack[-1]] >= x:
            stack.pop()
        if stack:
            ending.append(ending[stack[-1]] + x * (i - stack[-1]))
        else:
            ending.append(x * (i + 1))
        stack.append(i)
    return sum(ending) % 1_000_000_007
