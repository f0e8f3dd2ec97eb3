def sum_subarray_mins(arr):
    # Correct but O(n^2): every subarray, with a running minimum.
    total = 0
    n = len(arr)
    for i in range(n):
        low = arr[i]
        for j in range(i, n):
            if arr[j] < low:
                low = arr[j]
            total += low
    return total % (10**9 + 7)
