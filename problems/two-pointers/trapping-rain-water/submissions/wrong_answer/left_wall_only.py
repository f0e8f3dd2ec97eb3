def trap(height):
    # Missed case: only looks at the wall to the left, so water "held" by nothing on the right is counted.
    water = 0
    best = 0
    for h in height:
        best = max(best, h)
        water += best - h
    return water
