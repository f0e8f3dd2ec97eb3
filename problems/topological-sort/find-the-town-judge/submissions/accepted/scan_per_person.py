def find_judge(n, trust):
    # For each person, scan every pair to count who trusts them and whether they trust
    # anyone: O(n * T), at most 10^7 steps at LeetCode's sizes, so it is accepted.
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
