def find_judge(n, trust):
    trusted_by = [0] * (n + 1)
    trusts = [0] * (n + 1)
    for a, b in trust:
        trusts[a] += 1
        trusted_by[b] += 1
    for person in range(1, n + 1):
        if trusted_by[person] == n - 1 and trusts[person] == 0:
            return person
    return -1
