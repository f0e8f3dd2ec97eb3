class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # Right to left without a stack: follow the answers already found to skip ahead.
        n = len(temperatures)
        ans = [0] * n
        hottest = 0
        for i in range(n - 1, -1, -1):
            t = temperatures[i]
            if t >= hottest:
                hottest = t
                continue
            j = i + 1
            while temperatures[j] <= t:
                j += ans[j]
            ans[i] = j - i
        return ans
