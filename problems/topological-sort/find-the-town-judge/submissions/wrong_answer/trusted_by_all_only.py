def find_judge(n, trust):
    # Mistake: checks only that everyone else trusts the candidate, not that the
    # candidate trusts nobody.
    trusted_by = [0] * (n + 1)
    for _, b in trust:
        trusted_by[b] += 1
    for person in range(1, n + 1):
        if trusted_by[person] == n - 1:
            return person
    return -1
