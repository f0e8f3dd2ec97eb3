def find_max_length(nums):
    first = {0: -1}
    balance = best = 0
    for i, x in enumerate(nums):
        balance += 2 * x - 1
        if balance in first:
            best = max(best, i - first[balance])
        else:
            first[balance] = i
    return best
