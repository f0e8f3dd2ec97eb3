def largest_rectangle_area(heights):
    # Mistake: each bar's rectangle only grows to the right, up to the next lower bar;
    # taller bars on its left are forgotten.
    n = len(heights)
    right = [n] * n
    stack = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] > h:
            right[stack.pop()] = i
        stack.append(i)
    return max(heights[i] * (right[i] - i) for i in range(n))
