class Solution:
    def sumSubarrayMins(self, arr: List[int]) -> int:
        # Mistake: forgets to reduce the total modulo 1e9+7.
        res = 0
        stack = []
        A = arr + [0]
        for i, x in enumerate(A):
            while stack and A[stack[-1]] >= x:
                j = stack.pop()
                k = stack[-1] if stack else -1
                res += A[j] * (i - j) * (j - k)
            stack.append(i)
        return res
