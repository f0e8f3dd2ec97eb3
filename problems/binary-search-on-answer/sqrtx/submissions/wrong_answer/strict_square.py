def my_sqrt(x):
    # Off by one: `<` means a perfect square is not accepted as its own root's square.
    lo, hi = 0, x + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo
