def daily_temperatures(temperatures):
    # Correct but O(n^2) on plateaus: scan forward from every day.
    n = len(temperatures)
    ans = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temperatures[j] > temperatures[i]:
                ans[i] = j - i
                break
    return ans
