def accounts_merge(accounts):
    # Union-find over account indices: an address seen before joins this account to its owner.
    parent = list(range(len(accounts)))

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    owner = {}
    for i, account in enumerate(accounts):
        for email in account[1:]:
            if email in owner:
                a, b = find(i), find(owner[email])
                if a != b:
                    parent[a] = b
            else:
                owner[email] = i
    merged = {}
    for email, i in owner.items():
        merged.setdefault(find(i), []).append(email)
    return [[accounts[root][0]] + sorted(emails) for root, emails in merged.items()]
