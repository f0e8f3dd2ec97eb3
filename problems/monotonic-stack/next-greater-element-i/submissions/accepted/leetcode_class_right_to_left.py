class Solution:
    def nextGreaterElement(self, nums1: List[int], nums2: List[int]) -> List[int]:
        # Right to left: the stack holds the candidates to the right, decreasing from bottom to top.
        nxt = {}
        stack = []
        for x in reversed(nums2):
            while stack and stack[-1] <= x:
                stack.pop()
            nxt[x] = stack[-1] if stack else -1
            stack.append(x)
        return [nxt[x] for x in nums1]
