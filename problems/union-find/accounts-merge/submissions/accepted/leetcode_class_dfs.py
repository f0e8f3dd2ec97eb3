class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        graph = defaultdict(set)
        email_to_name = {}
        for account in accounts:
            name = account[0]
            first = account[1]
            for email in account[1:]:
                graph[first].add(email)
                graph[email].add(first)
                email_to_name[email] = name
        seen = set()
        result = []
        for email in graph:
            if email in seen:
                continue
            seen.add(email)
            stack = [email]
            component = []
            while stack:
                node = stack.pop()
                component.append(node)
                for nei in graph[node]:
                    if nei not in seen:
                        seen.add(nei)
                        stack.append(nei)
            result.append([email_to_name[email]] + sorted(component))
        return result
