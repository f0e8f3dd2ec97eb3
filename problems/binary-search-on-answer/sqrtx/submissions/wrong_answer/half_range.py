def my_sqrt(x):
    # Missed edge case: searching 1..x // 2 skips x = 1, whose root is 1.
    lo, hi = 1, x // 2
    ans = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans
