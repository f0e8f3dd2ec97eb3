class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        # Mistake: uses -1 for "never warmer", as in next-greater-element, instead of 0.
        res = [-1] * len(temperatures)
        st = []
        for i, t in enumerate(temperatures):
            while st and temperatures[st[-1]] < t:
                j = st.pop()
                res[j] = i - j
            st.append(i)
        return res
