def accounts_merge(accounts):
    # Mistake: assumes one name means one person and merges every account with that name.
    by_name = {}
    for account in accounts:
        by_name.setdefault(account[0], set()).update(account[1:])
    return [[name] + sorted(emails) for name, emails in by_name.items()]
