def two_sum_sorted(numbers, target):
    # Mistake: prunes once a value exceeds the target, which is only safe when nothing is negative.
    index = {}
    for i, x in enumerate(numbers):
        if x > target:
            break
        if target - x in index:
            return [index[target - x] + 1, i + 1]
        index.setdefault(x, i)
    return []
