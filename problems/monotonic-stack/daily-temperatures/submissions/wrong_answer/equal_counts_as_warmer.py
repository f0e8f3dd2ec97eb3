def daily_temperatures(temperatures):
    # Mistake: `>=` lets a day exactly as warm end the wait.
    ans = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and t >= temperatures[stack[-1]]:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    return ans
