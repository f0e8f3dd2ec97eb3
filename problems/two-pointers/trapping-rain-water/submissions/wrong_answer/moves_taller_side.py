def trap(height):
    lo, hi = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while lo < hi:
        left_max = max(left_max, height[lo])
        right_max = max(right_max, height[hi])
        # Wrong choice: advances the side with the taller wall, whose water level is not yet known.
        if left_max > right_max:
            water += left_max - height[lo]
            lo += 1
        else:
            water += right_max - height[hi]
            hi -= 1
    return water
