def two_sum_sorted(numbers, target):
    # Mistake: a value may pair with itself (x + x == target) when the real pair is elsewhere.
    seen = {}
    for i, x in enumerate(numbers):
        seen[x] = i
    for i, x in enumerate(numbers):
        j = seen.get(target - x)
        if j is not None:
            return [i + 1, j + 1]
    return []
