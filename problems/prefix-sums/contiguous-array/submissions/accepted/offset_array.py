def find_max_length(nums):
    # The running balance lies in [-n, n]: an array indexed by balance + n replaces the hash map.
    n = len(nums)
    first = [-2] * (2 * n + 1)
    first[n] = -1
    balance = n
    best = 0
    for i, x in enumerate(nums):
        balance += 1 if x else -1
        if first[balance] == -2:
            first[balance] = i
        else:
            best = max(best, i - first[balance])
    return best
