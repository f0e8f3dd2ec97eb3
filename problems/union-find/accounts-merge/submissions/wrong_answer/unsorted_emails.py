def accounts_merge(accounts):
    # Mistake: merges correctly but lists each person's addresses in the order they
    # were first seen instead of sorting them.
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    name = {}
    for account in accounts:
        for email in account[1:]:
            parent.setdefault(email, email)
            name[email] = account[0]
            parent[find(email)] = find(account[1])
    groups = {}
    for email in parent:
        groups.setdefault(find(email), []).append(email)
    return [[name[root]] + emails for root, emails in groups.items()]
