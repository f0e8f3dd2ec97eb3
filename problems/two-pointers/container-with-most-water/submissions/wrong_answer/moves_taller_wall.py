def max_area(height):
    lo, hi = 0, len(height) - 1
    best = 0
    while lo < hi:
        best = max(best, (hi - lo) * min(height[lo], height[hi]))
        # Wrong greedy: gives up the taller wall, which can still be part of the best container.
        if height[lo] > height[hi]:
            lo += 1
        else:
            hi -= 1
    return best
