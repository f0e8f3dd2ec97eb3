def largest_rectangle_area(heights):
    # Indices on the stack have strictly rising heights; a bar is settled when a lower one arrives.
    stack = [-1]
    best = 0
    n = len(heights)
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack[-1] != -1 and heights[stack[-1]] > h:
            height = heights[stack.pop()]
            best = max(best, height * (i - stack[-1] - 1))
        stack.append(i)
    return best
