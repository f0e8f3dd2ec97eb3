def max_area(height):
    # Wrong greedy: the two tallest walls, wherever they stand, need not hold the most water.
    order = sorted(range(len(height)), key=lambda i: height[i], reverse=True)
    i, j = order[0], order[1]
    return abs(i - j) * min(height[i], height[j])
