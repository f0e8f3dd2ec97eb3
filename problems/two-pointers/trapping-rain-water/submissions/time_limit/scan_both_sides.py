def trap(height):
    # Correct but quadratic: finds both walls afresh for every column.
    water = 0
    for i in range(len(height)):
        level = min(max(height[: i + 1]), max(height[i:]))
        water += level - height[i]
    return water
