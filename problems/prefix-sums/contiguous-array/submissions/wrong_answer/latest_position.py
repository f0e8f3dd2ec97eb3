def find_max_length(nums):
    last = {0: -1}
    balance = best = 0
    for i, x in enumerate(nums):
        balance += 1 if x == 1 else -1
        if balance in last:
            best = max(best, i - last[balance])
        # Mistake: overwrites the position every time, so later runs are measured from the
        # latest equal balance instead of the earliest one.
        last[balance] = i
    return best
