class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        # Mistake: one pass that adds each account to the first group it overlaps; an
        # account that overlaps two existing groups never joins them together.
        groups = []
        for account in accounts:
            emails = set(account[1:])
            for group in groups:
                if group[1] & emails:
                    group[1] |= emails
                    break
            else:
                groups.append([account[0], emails])
        return [[name] + sorted(emails) for name, emails in groups]
