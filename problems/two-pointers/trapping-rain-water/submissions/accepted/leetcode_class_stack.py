class Solution:
    def trap(self, height: List[int]) -> int:
        # Monotonic stack: fill each basin layer by layer when a taller wall closes it.
        stack = []
        water = 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = stack.pop()
                if not stack:
                    break
                left = stack[-1]
                water += (min(height[left], h) - height[bottom]) * (i - left - 1)
            stack.append(i)
        return water
