def max_area(height):
    # Correct but quadratic: every pair of walls.
    n = len(height)
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            area = (j - i) * min(height[i], height[j])
            if area > best:
                best = area
    return best
