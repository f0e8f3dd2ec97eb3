class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Off by one: the width runs from the lower bar on the left, which is not part of the rectangle.
        best = 0
        stack = []
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                left = stack[-1] if stack else 0
                best = max(best, top * (i - left))
            stack.append(i)
        return best
