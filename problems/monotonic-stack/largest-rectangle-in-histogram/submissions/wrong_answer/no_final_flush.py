def largest_rectangle_area(heights):
    # Mistake: bars still on the stack at the end are never settled, so rectangles
    # that reach the last bar are missed.
    best = 0
    stack = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best
