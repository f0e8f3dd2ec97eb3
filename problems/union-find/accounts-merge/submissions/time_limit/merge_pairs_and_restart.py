def accounts_merge(accounts):
    # Correct but O(A^3): find the first two groups that share an address, merge them,
    # and start the scan over, until no two groups overlap.
    groups = [[account[0], set(account[1:])] for account in accounts]
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if not groups[i][1].isdisjoint(groups[j][1]):
                    groups[i][1] |= groups[j][1]
                    del groups[j]
                    merged = True
                    break
            if merged:
                break
    return [[name] + sorted(emails) for name, emails in groups]
