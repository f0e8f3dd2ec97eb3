def find_judge(n, trust):
    # Correct but O(n * T): for each person, scan every pair to count who trusts them
    # and whether they trust anyone.
    for person in range(1, n + 1):
        trusted_by = 0
        trusts_someone = False
        for a, b in trust:
            if a == person:
                trusts_someone = True
                break
            if b == person:
                trusted_by += 1
        if not trusts_someone and trusted_by == n - 1:
            return person
    return -1
