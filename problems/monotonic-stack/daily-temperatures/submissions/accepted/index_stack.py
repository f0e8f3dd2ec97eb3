def daily_temperatures(temperatures):
    # The stack holds the days still waiting, their temperatures falling from bottom to top.
    n = len(temperatures)
    wait = [0] * n
    pending = []
    for day in range(n):
        while pending and temperatures[day] > temperatures[pending[-1]]:
            earlier = pending.pop()
            wait[earlier] = day - earlier
        pending.append(day)
    return wait
