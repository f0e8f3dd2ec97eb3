def min_days(bloom_day, m, k):
    # Correct but O(n * distinct days): checks the bloom days in increasing order.
    if m * k > len(bloom_day):
        return -1
    for day in sorted(set(bloom_day)):
        made = run = 0
        for b in bloom_day:
            if b <= day:
                run += 1
                if run == k:
                    made += 1
                    run = 0
            else:
                run = 0
        if made >= m:
            return day
    return -1
