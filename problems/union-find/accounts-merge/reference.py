def accounts_merge(accounts):
    parent = {}  # union-find over email addresses
    name = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    for account in accounts:
        first = account[1]
        for email in account[1:]:
            parent.setdefault(email, email)
            name[email] = account[0]
            parent[find(email)] = find(first)
    groups = {}
    for email in parent:
        groups.setdefault(find(email), []).append(email)
    return [[name[root]] + sorted(emails) for root, emails in groups.items()]
