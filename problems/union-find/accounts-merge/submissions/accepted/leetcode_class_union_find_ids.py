class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        parent = {}

        def find(x):
            if parent[x] != x:
                parent[x] = find(parent[x])
            return parent[x]

        def union(a, b):
            parent[find(a)] = find(b)

        names = {}
        for acc in accounts:
            for email in acc[1:]:
                if email not in parent:
                    parent[email] = email
                names[email] = acc[0]
                union(email, acc[1])
        groups = defaultdict(list)
        for email in parent:
            groups[find(email)].append(email)
        return [[names[root]] + sorted(emails) for root, emails in groups.items()]
