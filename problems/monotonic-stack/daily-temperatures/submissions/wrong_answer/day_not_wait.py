def daily_temperatures(temperatures):
    # Mistake: records the day the wait ends instead of how many days it lasts.
    ans = [0] * len(temperatures)
    stack = []
    for i, t in enumerate(temperatures):
        while stack and temperatures[stack[-1]] < t:
            ans[stack.pop()] = i
        stack.append(i)
    return ans
